using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox;

/// <summary>
/// One pass over the due outbox rows: each is handed to the sender of its kind, then marked delivered, scheduled
/// again (exponential backoff with jitter, never before the receiver's <c>Retry-After</c>) or dead-lettered.
/// </summary>
internal sealed class OutboxDelivery(
    IOutboxStore store,
    IEnumerable<IOutboxSender> senders,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDelivery> logger)
{
    private readonly Dictionary<string, IOutboxSender> _senders = senders.ToDictionary(sender => sender.Kind, StringComparer.Ordinal);

    /// <summary>The jitter's random source, between 0 and 1; tests pin it.</summary>
    internal Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    /// <summary>Delivers what is due now; returns how many rows were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var due = await store.ListDueAsync(time.GetUtcNow(), options.Value.Batch, cancellationToken);
        await DeliverAsync(due, cancellationToken);
        return due.Count;
    }

    /// <summary>Delivers <paramref name="messages"/> in order, each recorded as delivered, rescheduled or dead-lettered.</summary>
    public Task DeliverAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) =>
        DeliverAsync(messages, sent: null, cancellationToken);

    /// <summary>
    /// As <see cref="DeliverAsync(IReadOnlyList{OutboxMessage}, CancellationToken)"/>; rows of kind <see cref="OutboxKinds.Message"/>
    /// this process has just written come with the messages they were made from (<paramref name="sent"/>, in the same
    /// order), so that these are not read back from the rows' JSON.
    /// </summary>
    public async Task DeliverAsync(IReadOnlyList<OutboxMessage> messages, IReadOnlyList<OutgoingMessage>? sent, CancellationToken cancellationToken)
    {
        for (var i = 0; i < messages.Count; i++)
            await store.UpdateAsync(After(messages[i], await SendAsync(messages[i], sent?[i], cancellationToken)), cancellationToken);
    }

    private async Task<DeliveryResult> SendAsync(OutboxMessage message, OutgoingMessage? outgoing, CancellationToken cancellationToken)
    {
        if (!_senders.TryGetValue(message.Kind, out var sender))
            return new DeliveryResult(DeliveryOutcome.Permanent, $"no sender delivers '{message.Kind}'");
        try
        {
            return outgoing is not null && sender is MessageSender messages
                ? await messages.SendAsync(outgoing, cancellationToken)
                : await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Deliberately broad: a sender's bug must not stop the worker; the row is tried again and, in the end, dead-lettered.
            return new DeliveryResult(DeliveryOutcome.Retryable, exception.GetType().Name);
        }
    }

    private OutboxMessage After(OutboxMessage message, DeliveryResult result)
    {
        var attempts = message.Attempts + 1;
        var settings = options.Value;
        var sent = message with { Attempts = attempts, Reason = result.Reason };
        switch (result.Outcome)
        {
            case DeliveryOutcome.Delivered:
                OutboxLog.Delivered(logger, message.Id, message.Kind, attempts);
                return sent with { State = OutboxState.Delivered, Reason = null };
            case DeliveryOutcome.Permanent:
                OutboxLog.DeadLettered(logger, message.Id, message.Kind, attempts, result.Reason);
                return sent with { State = OutboxState.Dead };
            case var _ when attempts >= settings.MaxAttempts:
                var reason = $"gave up after {attempts} attempts: {result.Reason}";
                OutboxLog.DeadLettered(logger, message.Id, message.Kind, attempts, reason);
                return sent with { State = OutboxState.Dead, Reason = reason };
            default:
                var delay = Backoff(attempts, settings);
                if (result.RetryAfter is { } retryAfter && retryAfter > delay)
                    delay = retryAfter;
                OutboxLog.Retrying(logger, message.Id, message.Kind, attempts, result.Outcome, result.Reason, delay);
                return sent with { NextAttempt = time.GetUtcNow() + delay };
        }
    }

    /// <summary>The wait after <paramref name="attempts"/> failed attempts: doubling, capped, between half and all of it at random.</summary>
    private TimeSpan Backoff(int attempts, OutboxOptions settings)
    {
        var full = settings.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        var capped = Math.Min(full, settings.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * Random())));
    }
}
