using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Outbox.Webhooks;

/// <summary>
/// Turns a turn's events into one outbox row per receiver that wants them, written in the turn's transaction.
/// The row's id joins the event's id with its receiver, so the same event is never kept twice for one receiver.
/// </summary>
internal sealed class WebhookEventOutbox(IOutboxStore store, IOptions<WebhookOptions> options, TimeProvider time) : ITurnEventOutbox
{
    public IStateWriteParticipant? Participant(IReadOnlyList<TurnEvent> events)
    {
        var now = time.GetUtcNow();
        var rows = (
            from turnEvent in events
            from receiver in options.Value.Receivers
            where receiver.Url is not null && receiver.Wants(turnEvent.Type)
            select Row(turnEvent, receiver.Url!, now)).ToList();
        return rows.Count == 0 ? null : new Rows(store, rows);
    }

    private static OutboxMessage Row(TurnEvent turnEvent, string url, DateTimeOffset now) => new()
    {
        Id = $"{turnEvent.Id}_{ReceiverTag(url)}",
        IdempotencyKey = turnEvent.Id,
        Kind = OutboxKinds.Webhook,
        Destination = url,
        Payload = JsonSerializer.Serialize(new WebhookBody(turnEvent.Type, turnEvent.Timestamp, turnEvent.Data), WebhookJsonContext.Default.WebhookBody),
        Created = now,
        NextAttempt = now,
        State = OutboxState.Pending,
    };

    /// <summary>A short stable tag of a receiver's URL, so ids stay readable in <c>outbox</c> and never show the URL.</summary>
    internal static string ReceiverTag(string url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..8];

    private sealed class Rows(IOutboxStore store, IReadOnlyList<OutboxMessage> rows) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            store.AddAsync(rows, transaction, cancellationToken);
    }
}
