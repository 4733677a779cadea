using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>A helpdesk channel a handed-over case is posted to (a Teams team's channel, a Slack channel).</summary>
public interface IHelpdeskChannel
{
    /// <summary>The channel in words, for the start-up log and the user ("the helpdesk's Teams channel").</summary>
    string Name { get; }

    /// <summary>Where a new case's card is posted; null while the channel cannot be reached yet (the app not added to the team).</summary>
    Task<ConversationAddress?> AddressAsync(CancellationToken cancellationToken);
}
