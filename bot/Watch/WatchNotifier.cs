using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Outbox.Webhooks;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// Turns warnings into outbox rows: one per webhook receiver that wants the event, and one message per subscriber.
/// Every row's id is derived from the warning's key, so a warning found again (by a later pass, after a restart, by
/// another instance) adds nothing.
/// </summary>
internal sealed class WatchNotifier(IOutboxStore outbox, IProactiveMessenger messenger, IOptions<WebhookOptions> webhooks)
{
    /// <summary>Queues the warnings; returns the ids of the rows they make.</summary>
    public async Task<IReadOnlyList<string>> QueueAsync(WatchedHost host, IReadOnlyList<WatchNotification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var rows = new List<OutboxMessage>();
        var messages = new List<OutgoingMessage>();
        foreach (var notification in notifications)
        {
            var eventId = EventId(notification);
            var payload = JsonSerializer.Serialize(
                new WatchWebhookBody(notification.Type, notification.At, WatchEventData.From(notification)), WatchWebhookJsonContext.Default.WatchWebhookBody);
            rows.AddRange(webhooks.Value.Receivers
                .Where(receiver => receiver.Url is not null && receiver.Wants(notification.Type))
                .Select(receiver => new OutboxMessage
                {
                    Id = $"{eventId}_{WebhookEventOutbox.ReceiverTag(receiver.Url!)}",
                    IdempotencyKey = eventId,
                    Kind = OutboxKinds.Webhook,
                    Destination = receiver.Url!,
                    Payload = payload,
                    Created = notification.At,
                    NextAttempt = notification.At,
                    State = OutboxState.Pending,
                }));
            var text = WatchMessages.Text(notification);
            messages.AddRange(host.Subscribers
                .Select(subscriber => (Subscriber: subscriber, Address: WatchSubscriber.Parse(subscriber)))
                .Where(s => s.Address is not null)
                .Select(s => new OutgoingMessage($"{eventId}_{Tag(s.Subscriber)}", s.Address!, [new Reply(text)])));
        }
        if (rows.Count > 0)
            await outbox.AddAsync(rows, transaction: null, cancellationToken);
        if (messages.Count > 0)
            await messenger.QueueAsync(messages, cancellationToken);
        return [.. rows.Select(row => row.Id), .. messages.Select(message => message.Id)];
    }

    /// <summary>The event's id, the same for every receiver: <c>watch_</c> and a digest of the warning's key.</summary>
    public static string EventId(WatchNotification notification) => $"watch_{Tag(notification.Key, 24)}";

    private static string Tag(string text, int length = 8) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}

/// <summary>A certificate warning's webhook body, in the Standard Webhooks shape: type, timestamp and data.</summary>
internal sealed record WatchWebhookBody(string Type, DateTimeOffset Timestamp, WatchEventData Data);

/// <summary>What a certificate warning's webhook carries.</summary>
internal sealed record WatchEventData(
    string Host,
    int Port,
    string? Address,
    string? Subject,
    string? Issuer,
    bool? SelfSigned,
    DateTimeOffset? NotAfter,
    int? DaysLeft,
    string? Sha256,
    string? Sha1,
    int? Threshold,
    string? Problem,
    DateTimeOffset? UnreachableSince,
    string Message)
{
    public static WatchEventData From(WatchNotification n) => new(
        n.Host, n.Port, n.Address, n.Certificate?.Subject, n.Certificate?.Issuer, n.Certificate?.SelfSigned, n.Certificate?.NotAfter,
        n.DaysLeft, n.Certificate?.Sha256, n.Certificate?.Sha1, n.Threshold, n.Problem, n.Since, WatchMessages.Text(n));
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WatchWebhookBody))]
internal sealed partial class WatchWebhookJsonContext : JsonSerializerContext;
