using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.Slack.Helpdesk;

namespace RdpHelpBot.Bot.Channels.Slack;

/// <summary>Whether Slack is on and how (HTTP, Socket Mode, OAuth install), and its helpdesk channel; its warning is part of the line.</summary>
internal sealed class SlackStatus(SlackOptions options, IOptions<SlackHelpdeskOptions> helpdesk) : IChannelStatus
{
    public string Name => "Slack";

    public string Describe() => options.Enabled ? $"{options.Describe()}; {helpdesk.Value.Describe()}" : options.Describe();

    public IEnumerable<string> Warnings() => [];
}
