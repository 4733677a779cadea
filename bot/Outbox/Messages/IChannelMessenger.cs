using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Messages;

/// <summary>
/// Sends an <see cref="OutgoingMessage"/> on the channels it serves, rendered for them. A channel whose sends are not
/// idempotent (Bot Framework, Slack) must not answer <see cref="DeliveryOutcome.Ambiguous"/> unless it can tell on
/// the next attempt whether the first one arrived; otherwise it answers <see cref="DeliveryOutcome.Permanent"/> with
/// a reason saying the message may have arrived, so that a person decides (<c>outbox --retry</c>).
/// </summary>
internal interface IChannelMessenger
{
    /// <summary>Whether this messenger sends to <paramref name="to"/> (by its channel, and its Connector when it has one).</summary>
    bool Serves(ConversationAddress to);

    /// <summary>Sends the message; a delivered post answers the channel's id of its first message (<see cref="DeliveryResult.PostedId"/>).</summary>
    Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// The thread that a message posted to <paramref name="to"/> with the id <paramref name="postedId"/> starts: the
    /// conversation replies in it arrive as, and where the bot writes into it; null on a channel without threads.
    /// </summary>
    HelpdeskThread? StartedThread(ConversationAddress to, string postedId);
}
