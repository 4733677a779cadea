using System.Text.Json;
using RdpHelpBot.Bot.Channels.Slack.Helpdesk;
using RdpHelpBot.Bot.Channels.Slack.Inbox;

namespace RdpHelpBot.Bot.Channels.Slack.SocketMode;

/// <summary>Reads an envelope's payload as the HTTP routes would and queues what the bot answers.</summary>
internal sealed class SocketModeDispatcher(SlackInbox inbox, SlackHelpdeskChannel helpdesk)
{
    /// <exception cref="JsonException">The payload is not what its envelope type says.</exception>
    public async Task DispatchAsync(string envelopeType, JsonElement payload, CancellationToken cancellationToken)
    {
        var json = SlackJsonContext.Default;
        var inbound = envelopeType switch
        {
            SocketModeMessage.EventsApi => payload.Deserialize(json.SlackEventEnvelope) is { } envelope ? SlackInboundReader.FromEvent(envelope, helpdesk.Is) : null,
            SocketModeMessage.SlashCommands => payload.Deserialize(json.SlashCommand) is { } command ? SlackInboundReader.FromCommand(command) : null,
            SocketModeMessage.Interactive => payload.Deserialize(json.SlackInteraction) is { } interaction ? SlackInboundReader.FromInteraction(interaction) : null,
            _ => null,
        };
        if (inbound is not null)
            await inbox.AcceptAsync(inbound, cancellationToken);
    }
}
