using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Outbox.Messages;

/// <summary>
/// Keeps outgoing messages as outbox rows. A batch written with a state change is held for this process for
/// <see cref="OutboxOptions.SendingHold"/>: it sends them as soon as the change commits, and the outbox worker takes
/// over only what this process did not settle in that time (it stopped, or a send failed and was rescheduled).
/// </summary>
internal sealed class ProactiveMessenger(
    IOutboxStore store, OutboxDelivery delivery, IEnumerable<IChannelMessenger> messengers, IOptions<OutboxOptions> options, TimeProvider time)
    : IProactiveMessenger
{
    private readonly IReadOnlyList<IChannelMessenger> _messengers = [.. messengers];

    public bool CanSend(ConversationAddress to) => _messengers.Any(messenger => messenger.Serves(to));

    public IOutgoingBatch Prepare(IReadOnlyList<OutgoingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var now = time.GetUtcNow();
        return new Batch(store, delivery, [.. messages.Select(message => message.ToRow(now, now + options.Value.SendingHold))], messages);
    }

    public Task QueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var now = time.GetUtcNow();
        return store.AddAsync([.. messages.Select(message => message.ToRow(now, now))], transaction: null, cancellationToken);
    }

    private sealed class Batch(IOutboxStore store, OutboxDelivery delivery, IReadOnlyList<OutboxMessage> rows, IReadOnlyList<OutgoingMessage> messages)
        : IOutgoingBatch
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            rows.Count == 0 ? Task.CompletedTask : store.AddAsync(rows, transaction, cancellationToken);

        public Task SendAsync(CancellationToken cancellationToken) =>
            rows.Count == 0 ? Task.CompletedTask : delivery.DeliverAsync(rows, messages, cancellationToken);
    }
}
