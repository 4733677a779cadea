using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

namespace RdpHelpBot.Bot.Channels.BotFramework;

/// <summary>Whether <c>/api/messages</c> is served and as which app; local mode is a warning until it is configured.</summary>
internal sealed class BotFrameworkStatus(IOptions<BotFrameworkOptions> options) : IChannelStatus
{
    public string Name => $"Bot Framework ({MessagesEndpoint.Route})";

    public string Describe() => options.Value.Describe();

    public IEnumerable<string> Warnings()
    {
        if (options.Value is { Enabled: true, IsLocalMode: true })
        {
            yield return "local mode: set BotFramework:MicrosoftAppId or MicrosoftAppId (and its credentials) before exposing " +
                $"{MessagesEndpoint.Route}; until then it answers loopback callers only and believes no user id";
        }
    }
}
