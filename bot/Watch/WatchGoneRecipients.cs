using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// A certificate warning whose recipient the channel refuses for good (a Teams 403: the app removed or the bot
/// blocked): the recipient is marked for the hosts it was about, so later warnings go elsewhere, and the host's
/// conversation or the helpdesk channel is told what they missed (<see cref="WatchFallback"/>).
/// </summary>
internal sealed partial class WatchGoneRecipients(IServiceProvider services) : IGoneRecipients
{
    public async Task RecipientGoneAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Looked up when needed: the outbox's senders, which hold this, are built from some of these.
        var store = services.GetRequiredService<IWatchStore>();
        var inventory = services.GetRequiredService<WatchInventory>();
        var fallback = services.GetRequiredService<WatchFallback>();
        var outbox = services.GetRequiredService<IOutboxStore>();
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILogger<WatchGoneRecipients>>();
        if (WatchNotifier.ReadTopic(message.Topic) is not var (subscriber, hostIds))
            return;
        var now = time.GetUtcNow();
        var recipients = await store.ListRecipientsAsync(cancellationToken);
        foreach (var hostId in hostIds)
        {
            var recipient = recipients.FirstOrDefault(r => r.HostId == hostId && r.Subscriber == subscriber) ?? new WatchRecipient(hostId, subscriber);
            if (recipient.UnreachableSince is null)
                await store.SaveRecipientAsync(recipient with { UnreachableSince = now }, cancellationToken);
        }
        var host = (await inventory.ListAsync(cancellationToken)).FirstOrDefault(kept => kept.Id == hostIds[0]);
        if (await fallback.AddressAsync(host, subscriber, cancellationToken) is not { } instead)
        {
            LogNobodyToTell(logger, message.To.ChannelId);
            return;
        }
        // The host's own conversation hears the host's warnings itself: it is told who no longer does, not shown the warning
        // again. A digest about several hosts goes whole, since that conversation hears only its own host's.
        Reply[] replies = hostIds.Count == 1 && host is not null && WatchFallback.HostConversation(host, subscriber) is not null
            ? [new Reply(WatchFallback.HostConversationNotice(subscriber, host))]
            : [new Reply(WatchFallback.Preface(subscriber)), .. message.Replies];
        // Written to the outbox itself: the messenger delivers through this very follow-up.
        var told = new OutgoingMessage($"{message.Id}_instead", instead, replies);
        await outbox.AddAsync([told.ToRow(now, now)], transaction: null, cancellationToken);
    }

    [LoggerMessage(1, LogLevel.Warning, "Certificate watch: a {ChannelId} recipient cannot be reached any more, and neither a host conversation nor a helpdesk channel can be told")]
    private static partial void LogNobodyToTell(ILogger logger, string channelId);
}
