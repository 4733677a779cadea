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

    Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
