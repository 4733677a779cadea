using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Messages;

/// <summary>Follows up a message whose recipient the channel refuses for good (<see cref="DeliveryResult.RecipientGone"/>).</summary>
internal interface IGoneRecipients
{
    /// <summary>Called once the message is dead-lettered; <see cref="OutgoingMessage.Topic"/> says what it was about. Ignores topics it does not know.</summary>
    Task RecipientGoneAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
