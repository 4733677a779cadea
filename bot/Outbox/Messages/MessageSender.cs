using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Messages;

/// <summary>Delivers outbox rows of kind <see cref="OutboxKinds.Message"/> through the messenger of their channel.</summary>
internal sealed class MessageSender(IEnumerable<IChannelMessenger> messengers) : IOutboxSender
{
    private readonly IReadOnlyList<IChannelMessenger> _messengers = [.. messengers];

    public string Kind => OutboxKinds.Message;

    public Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (OutgoingMessage.FromRow(message) is not { } outgoing)
            return Task.FromResult(new DeliveryResult(DeliveryOutcome.Permanent, "the row's address or replies cannot be read"));
        return SendAsync(outgoing, cancellationToken);
    }

    /// <summary>Sends the message a row was just made from, without reading it back from the row.</summary>
    public Task<DeliveryResult> SendAsync(OutgoingMessage outgoing, CancellationToken cancellationToken)
    {
        return _messengers.FirstOrDefault(messenger => messenger.Serves(outgoing.To)) is { } channel
            ? channel.SendAsync(outgoing, cancellationToken)
            : Task.FromResult(new DeliveryResult(DeliveryOutcome.Permanent, $"no channel sends to '{outgoing.To.ChannelId}' here (is it switched on?)"));
    }
}
