using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.Slack.Inbox;
using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Channels.Slack.Helpdesk;

/// <summary>
/// The Slack channel of <c>Escalation:Slack:Channel</c>: a case's card is posted there, and what agents write in
/// the card's thread reaches the bot without mentioning it.
/// </summary>
internal sealed class SlackHelpdeskChannel(IOptions<SlackHelpdeskOptions> options, SlackWorkspaces workspaces) : IHelpdeskChannel
{
    private SlackHelpdeskOptions Options => options.Value;

    public string Name => "the helpdesk's Slack channel";

    public async Task<ConversationAddress?> AddressAsync(CancellationToken cancellationToken)
    {
        var team = Options.TeamId ?? await workspaces.GetSingleWorkspaceTeamIdAsync(cancellationToken);
        return team is null
            ? null
            : ConversationAddress.Conversation(SlackTurnProcessor.ChannelId, new SlackPlace(team, Options.ChannelId, null).ConversationId);
    }

    /// <summary>Whether a message in <paramref name="channelId"/> of <paramref name="teamId"/> is written in the helpdesk channel.</summary>
    public bool Is(string teamId, string channelId) =>
        Options.Enabled && channelId == Options.ChannelId && (Options.TeamId is not { } team || team == teamId);
}
