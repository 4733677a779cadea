using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Outbox.Webhooks;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Watch;

/// <summary>The warnings one pass found for one host.</summary>
internal sealed record HostWarnings(WatchedHost Host, IReadOnlyList<WatchNotification> Notifications);

/// <summary>
/// Turns a pass's warnings into outbox rows: one per webhook receiver that wants the event, and messages to the
/// subscribers, kept one way: each row is written due when it should go. A person's snooze holds their warnings about
/// that host; a warning that can wait goes after their quiet hours, and more than <see cref="WatchOptions.DigestAbove"/>
/// of them go as one digest at <see cref="WatchOptions.DigestTime"/>; one 3 days or less from expiry, or expired, goes at
/// once. Every row's id is derived from the warnings' keys, so warnings found again (by a later pass, after a restart,
/// by another instance) add nothing.
/// </summary>
internal sealed class WatchNotifier(
    IOutboxStore outbox, IWatchStore store, WatchFallback fallback, IOptions<WebhookOptions> webhooks, IOptions<WatchOptions> options, TimeProvider time)
{
    /// <summary>Queues the warnings; returns the ids of the rows they make.</summary>
    public async Task<IReadOnlyList<string>> QueueAsync(IReadOnlyList<HostWarnings> found, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(found);
        var rows = new List<OutboxMessage>();
        if (found.All(host => host.Notifications.Count == 0))
            return [];
        var now = time.GetUtcNow();
        var recipients = (await store.ListRecipientsAsync(cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var personal = new Dictionary<string, List<(WatchedHost Host, WatchNotification Notification)>>(StringComparer.Ordinal);
        foreach (var (host, notifications) in found)
        {
            foreach (var notification in notifications)
            {
                rows.AddRange(WebhookRows(notification));
                foreach (var subscriber in host.Subscribers.Where(s => WatchSubscriber.Parse(s) is not null))
                {
                    var recipient = recipients.GetValueOrDefault(WatchRecipient.IdOf(host.Id, subscriber));
                    if (recipient is { SnoozedCertificate: not null } && notification.Type == WatchEventTypes.Renewed)
                        await store.SaveRecipientAsync(recipient with { SnoozedCertificate = null }, cancellationToken);
                    else if (recipient is not null && ChatWatch.Snoozed(recipient, now) is not null)
                        continue;
                    if (personal.TryGetValue(subscriber, out var list))
                        list.Add((host, notification));
                    else
                        personal[subscriber] = [(host, notification)];
                }
            }
        }
        foreach (var (subscriber, warnings) in personal)
            rows.AddRange(await MessageRowsAsync(subscriber, warnings, recipients, now, cancellationToken));
        if (rows.Count > 0)
            await outbox.AddAsync(rows, transaction: null, cancellationToken);
        return [.. rows.Select(row => row.Id)];
    }

    /// <summary>The event's id, the same for every receiver: <c>watch_</c> and a digest of the warning's key.</summary>
    public static string EventId(WatchNotification notification) => $"watch_{Tag(notification.Key, 24)}";

    /// <summary>What a message row is about: <c>watch|SUBSCRIBER|HOST-ID,HOST-ID</c>.</summary>
    public static string Topic(string subscriber, IEnumerable<string> hostIds) => $"watch|{subscriber}|{string.Join(",", hostIds.Distinct(StringComparer.Ordinal))}";

    /// <summary>The subscriber and host ids of a topic made by <see cref="Topic"/>; null for any other topic.</summary>
    public static (string Subscriber, IReadOnlyList<string> HostIds)? ReadTopic(string? topic) =>
        topic?.Split('|') is ["watch", { Length: > 0 } subscriber, { Length: > 0 } hosts] ? (subscriber, hosts.Split(',')) : null;

    private IEnumerable<OutboxMessage> WebhookRows(WatchNotification notification)
    {
        var eventId = EventId(notification);
        var payload = JsonSerializer.Serialize(
            new WatchWebhookBody(notification.Type, notification.At, WatchEventData.From(notification)), WatchWebhookJsonContext.Default.WatchWebhookBody);
        return webhooks.Value.Receivers
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
            });
    }

    /// <summary>One person's warnings of this pass: urgent ones at once, the rest after their quiet hours or as one digest.</summary>
    private async Task<IReadOnlyList<OutboxMessage>> MessageRowsAsync(
        string subscriber, List<(WatchedHost Host, WatchNotification Notification)> warnings, Dictionary<string, WatchRecipient> recipients,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var zone = recipients.Values.Where(r => r.Subscriber == subscriber).Select(r => WatchSchedule.FindZone(r.TimeZone)).FirstOrDefault(z => z is not null)
            ?? WatchSchedule.FindZone(settings.TimeZone) ?? TimeZoneInfo.Utc;
        var quiet = WatchSchedule.QuietHours.TryParse(settings.QuietHours);
        var rows = new List<OutboxMessage>();
        var waiting = warnings.Where(w => !WatchSchedule.IsUrgent(w.Notification)).ToList();
        var digest = waiting.Count > settings.DigestAbove;
        foreach (var (host, notification) in warnings.Where(w => !digest || WatchSchedule.IsUrgent(w.Notification)))
        {
            var due = WatchSchedule.IsUrgent(notification) ? now : WatchSchedule.AfterQuietHours(now, zone, quiet);
            var message = new OutgoingMessage($"{EventId(notification)}_{Tag(subscriber)}", WatchSubscriber.Parse(subscriber)!, [WatchMessages.Message(notification)])
            {
                Topic = Topic(subscriber, [host.Id]),
            };
            if (await RoutedAsync(message, host, subscriber, recipients, cancellationToken) is { } routed)
                rows.Add(routed.ToRow(now, due));
        }
        if (digest)
        {
            var keys = string.Join(",", waiting.Select(w => w.Notification.Key).Order(StringComparer.Ordinal));
            var message = new OutgoingMessage($"watch_digest_{Tag($"{subscriber}\n{keys}", 24)}", WatchSubscriber.Parse(subscriber)!,
                [WatchMessages.Digest([.. waiting.Select(w => w.Notification)])])
            {
                Topic = Topic(subscriber, waiting.Select(w => w.Host.Id)),
            };
            if (await RoutedAsync(message, waiting[0].Host, subscriber, recipients, cancellationToken) is { } routed)
                rows.Add(routed.ToRow(now, WatchSchedule.NextDigest(now, zone, settings.DigestTime)));
        }
        return rows;
    }

    /// <summary>
    /// The message as it goes: to the person; or, once their channel has refused them for good, to whoever is told
    /// instead (nobody when that is the host's own conversation, which hears the warning itself).
    /// </summary>
    private async Task<OutgoingMessage?> RoutedAsync(
        OutgoingMessage message, WatchedHost host, string subscriber, Dictionary<string, WatchRecipient> recipients, CancellationToken cancellationToken)
    {
        if (recipients.GetValueOrDefault(WatchRecipient.IdOf(host.Id, subscriber))?.UnreachableSince is null)
            return message;
        if (WatchFallback.HostConversation(host, subscriber) is not null || await fallback.AddressAsync(host, subscriber, cancellationToken) is not { } instead)
            return null;
        return message with { To = instead, Replies = [new Reply(WatchFallback.Preface(subscriber)), .. message.Replies], Topic = null };
    }

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
