using System.Globalization;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Watch;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// The watch as people use it from the chat. Watching is a host check: the host goes through the same policy as a
/// check the person asks for (their role, the allow-list, the address rules, audited under their id), and the person
/// is kept as a subscriber where the bot can reach them on its own: a Teams one-to-one chat, a Slack direct message,
/// or the conversation itself on other channels.
/// </summary>
internal sealed class ChatWatch(
    IWatchStore store,
    WatchInventory inventory,
    IServiceProvider services,
    IOptions<WatchOptions> options,
    WatchTimeZones zones,
    TimeProvider time) : ICertificateWatch
{
    public const string ChecksOff = "Host checks are off here (Checks:AllowedHosts is empty), and I only warn about hosts I may check.";

    public const string Unreachable =
        "I can't message you on my own in this chat, so I can't warn you here. Ask me in Teams, Slack or the web chat.";

    public async Task<string> WatchAsync(WatchRequester who, string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (Refusal(who, out var policy, out var user, out var subscriber) is { } refused)
            return refused;
        var decision = await policy.AuthoriseAsync(user, host, cancellationToken);
        if (!decision.IsAllowed)
            return decision.Message;
        var target = new WatchHostRef(decision.Target!.Display, decision.Target.Port);
        var id = WatchedHost.IdOf(target.Host, target.Port);
        var hosts = await inventory.ListAsync(cancellationToken);
        await ClearAsync(id, subscriber, cancellationToken);
        if (hosts.FirstOrDefault(kept => kept.Id == id)?.Subscribers.Contains(subscriber, StringComparer.Ordinal) == true)
            return $"You're already watching **{target.Display}**; I'll warn you here before its RDP certificate expires.";
        var stored = await store.GetHostAsync(id, cancellationToken);
        await store.SaveHostAsync(stored is null
            ? new WatchedHost(target.Host, target.Port, [subscriber], WatchSource.Chat, time.GetUtcNow())
            : stored with { Subscribers = [.. stored.Subscribers, subscriber] }, cancellationToken);
        zones.Forget(subscriber);
        return $"OK, I'll warn you here before the RDP certificate of **{target.Display}** expires " +
            $"({Days(hosts.FirstOrDefault(kept => kept.Id == id)?.Thresholds ?? options.Value.Thresholds)} days before). " +
            $"Say \"stop watching {target.Host}\" to stop.";
    }

    public async Task<string> StopAsync(WatchRequester who, string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var parsed = HostTargetNormaliser.Normalise(host);
        if (parsed.Target is not { } target)
            return parsed.Error!;
        var id = WatchedHost.IdOf(target.Display, target.Port);
        var subscriber = Subscriber(who);
        var stored = await store.GetHostAsync(id, cancellationToken);
        if (stored?.Subscribers.Contains(subscriber, StringComparer.Ordinal) == true)
        {
            var rest = stored.Subscribers.Where(kept => kept != subscriber).ToList();
            if (rest.Count == 0 && stored.Source == WatchSource.Chat)
                await store.RemoveHostAsync(id, cancellationToken);
            else
                await store.SaveHostAsync(stored with { Subscribers = rest }, cancellationToken);
            return $"OK, I've stopped warning you about **{target.Display}**.";
        }
        return inventory.FromSettings().Any(kept => kept.Id == id && kept.Subscribers.Contains(subscriber, StringComparer.Ordinal))
            ? $"You hear about **{target.Display}** because the bot's settings (Watch:Hosts) name you; ask the bot's administrator to take you off."
            : $"You're not watching **{target.Display}**.";
    }

    public async Task<string> ListAsync(WatchRequester who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var subscriber = Subscriber(who);
        var now = time.GetUtcNow();
        var recipients = (await store.ListRecipientsAsync(cancellationToken)).Where(r => r.Subscriber == subscriber).ToDictionary(r => r.HostId, StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var host in (await inventory.ListAsync(cancellationToken)).Where(h => h.Subscribers.Contains(subscriber, StringComparer.Ordinal)))
        {
            var status = WatchStatus.Of(host, await store.GetHistoryAsync(host.Id, cancellationToken), options.Value.Thresholds, now);
            var line = $"- **{new WatchHostRef(host.Host, host.Port).Display}**: {Describe(status)}";
            if (recipients.GetValueOrDefault(host.Id) is { } recipient && Snoozed(recipient, now) is { } snoozed)
                line += $"; {snoozed}";
            lines.Add(line);
        }
        return lines.Count == 0
            ? "You're not watching any host. Say \"watch rdp01.contoso.com\" and I'll warn you before its RDP certificate expires."
            : string.Join("\n", lines.Prepend(lines.Count == 1 ? "You're watching 1 host:" : $"You're watching {lines.Count} hosts:"));
    }

    public async Task<string> SnoozeAsync(WatchRequester who, WatchHostRef host, WatchSnooze snooze, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(host);
        var id = WatchedHost.IdOf(host.Host, host.Port);
        var watched = (await inventory.ListAsync(cancellationToken)).FirstOrDefault(kept => kept.Id == id);
        if (watched is null)
            return $"**{host.Display}** is not watched any more.";
        // A warning posted to a conversation (a team's channel) is snoozed for the conversation; one sent to a person, for them.
        var conversation = WatchSubscriber.ForConversation(who.Checker.ChannelId, who.ConversationId);
        var subscriber = watched.Subscribers.Contains(conversation, StringComparer.Ordinal) ? conversation : Subscriber(who);
        var recipient = await RecipientAsync(id, subscriber, cancellationToken);
        var now = time.GetUtcNow();
        if (snooze == WatchSnooze.UntilRenewed)
        {
            var history = await store.GetHistoryAsync(id, cancellationToken);
            if (WatchStatus.Of(watched, history, options.Value.Thresholds, now).Sha256 is not { } sha256)
                return $"I haven't read the certificate of **{host.Display}** yet, so I can't tell when it is renewed; snooze it for a few days instead.";
            await store.SaveRecipientAsync(recipient with { SnoozedCertificate = sha256, SnoozedUntil = null }, cancellationToken);
            return $"OK, no more warnings about **{host.Display}** until its certificate is renewed; I'll tell you when I see the new one.";
        }
        var until = now + (snooze == WatchSnooze.OneDay ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7));
        await store.SaveRecipientAsync(recipient with { SnoozedUntil = until, SnoozedCertificate = null }, cancellationToken);
        return $"OK, no warnings about **{host.Display}** until {Time(until)}.";
    }

    public async Task<bool> ShouldOfferAsync(WatchRequester who, string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (Refusal(who, out var policy, out var user, out var subscriber) is not null || policy.WatchRefusal(user, host) is not null)
            return false;
        var target = HostTargetNormaliser.Normalise(host).Target!;
        var id = WatchedHost.IdOf(target.Display, target.Port);
        if ((await inventory.ListAsync(cancellationToken)).Any(kept => kept.Id == id && kept.Subscribers.Contains(subscriber, StringComparer.Ordinal)))
            return false;
        return !(await RecipientAsync(id, subscriber, cancellationToken)).OfferDeclined;
    }

    public async Task DeclineOfferAsync(WatchRequester who, string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (HostTargetNormaliser.Normalise(host).Target is not { } target)
            return;
        var id = WatchedHost.IdOf(target.Display, target.Port);
        var subscriber = Subscriber(who);
        await store.SaveRecipientAsync(await RecipientAsync(id, subscriber, cancellationToken) with { OfferDeclined = true }, cancellationToken);
    }

    /// <summary>
    /// Where a person is reached later: a Teams one-to-one chat or a Slack direct message (by their user id there), on
    /// other channels the conversation they wrote in.
    /// </summary>
    internal static string Subscriber(WatchRequester who) => who.Checker.ChannelId switch
    {
        "msteams" or "slack" => WatchSubscriber.ForUser(who.Checker.ChannelId, who.Checker.UserId),
        var channel => WatchSubscriber.ForConversation(channel, who.ConversationId),
    };

    /// <summary>Why the person cannot be warned about any host here; null (with the policy, who they are and how they are reached) when they can.</summary>
    private string? Refusal(WatchRequester who, out HostCheckPolicy policy, out CheckUser user, out string subscriber)
    {
        policy = services.GetService<HostCheckPolicy>()!;
        user = null!;
        subscriber = Subscriber(who);
        if (policy is null)
            return ChecksOff;
        if (services.GetRequiredService<CheckIdentities>().For(who.Checker) is not { } known)
            return HostChecks.UnverifiedMessage;
        user = known;
        if (!policy.IsAllowedUser(user))
            return "You're not among the people who may have hosts checked, and I only warn people about hosts they may check.";
        // Looked up when needed: the messenger's channels reach the conversation, which holds this.
        return services.GetRequiredService<IProactiveMessenger>().CanSend(WatchSubscriber.Parse(subscriber)!) ? null : Unreachable;
    }

    /// <summary>A person who asks again is reachable again, and has said yes.</summary>
    private async Task ClearAsync(string id, string subscriber, CancellationToken cancellationToken)
    {
        var recipient = await RecipientAsync(id, subscriber, cancellationToken);
        if (recipient.UnreachableSince is not null || recipient.OfferDeclined)
            await store.SaveRecipientAsync(recipient with { UnreachableSince = null, OfferDeclined = false }, cancellationToken);
    }

    private async Task<WatchRecipient> RecipientAsync(string hostId, string subscriber, CancellationToken cancellationToken) =>
        (await store.ListRecipientsAsync(cancellationToken)).FirstOrDefault(r => r.HostId == hostId && r.Subscriber == subscriber)
        ?? new WatchRecipient(hostId, subscriber);

    private static string Describe(WatchStatus status) => status switch
    {
        { Status: "expiring" or "ok", DaysLeft: { } days, NotAfter: { } notAfter } =>
            $"certificate valid until {Time(notAfter)} ({days.ToString(CultureInfo.InvariantCulture)} days left)",
        _ => status.Status,
    };

    internal static string? Snoozed(WatchRecipient recipient, DateTimeOffset now) =>
        recipient.SnoozedCertificate is not null ? "snoozed until its certificate is renewed"
        : recipient.SnoozedUntil is { } until && until > now ? $"snoozed until {Time(until)}"
        : null;

    private static string Days(IReadOnlyList<int> thresholds) =>
        thresholds.Count == 1
            ? thresholds[0].ToString(CultureInfo.InvariantCulture)
            : $"{string.Join(", ", thresholds.SkipLast(1).Select(d => d.ToString(CultureInfo.InvariantCulture)))} and {thresholds[^1].ToString(CultureInfo.InvariantCulture)}";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
