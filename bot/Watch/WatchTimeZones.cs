using RdpHelpBot.Bot.Channels;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// Learns a person's time zone from what their channel sends with their messages (Teams' <c>localTimezone</c>), so that
/// the quiet hours and digest of their certificate warnings are read in it rather than in <c>Watch:TimeZone</c>. It is
/// kept on their rows for every host they hear about; the notifier reads it from any of them.
/// </summary>
internal sealed class WatchTimeZones(IWatchStore store, WatchInventory inventory, TimeProvider time)
{
    public const int Capacity = 10_000;

    /// <summary>
    /// How long someone found to hear about no host is not looked up again: most people who write to the bot watch
    /// nothing, and their messages should not each read the inventory. Subscribing from the chat ends it at once
    /// (<see cref="Forget"/>); an owner added by an operator is found after this.
    /// </summary>
    public static readonly TimeSpan NoHostRecheck = TimeSpan.FromMinutes(10);

    // An IANA id is far shorter; a longer text is not looked up at all.
    private const int MaxZoneLength = 64;

    /// <summary>What the last message of each recent sender led to: a message in an unchanged zone costs no read.</summary>
    private readonly BoundedMap<Learnt> _kept = new(Capacity);

    /// <summary>Keeps <paramref name="zoneId"/> as the time zone of <paramref name="subscriber"/>, when it is a zone this machine knows.</summary>
    public async Task LearnAsync(string subscriber, string? zoneId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (string.IsNullOrWhiteSpace(zoneId) || zoneId.Length > MaxZoneLength || WatchSchedule.FindZone(zoneId) is null)
            return;
        var now = time.GetUtcNow();
        if (_kept.TryGet(subscriber, out var learnt) && (learnt.WatchesNothing ? now - learnt.Checked < NoHostRecheck : learnt.Zone == zoneId))
            return;
        var hosts = (await inventory.ListAsync(cancellationToken)).Where(host => host.Subscribers.Contains(subscriber, StringComparer.Ordinal)).ToList();
        // Someone who hears about no host has nothing to keep it on yet: learnt with a later message, once they do.
        if (hosts.Count == 0)
        {
            _kept.Set(subscriber, new Learnt(null, now));
            return;
        }
        var recipients = (await store.ListRecipientsAsync(cancellationToken)).Where(r => r.Subscriber == subscriber).ToDictionary(r => r.HostId, StringComparer.Ordinal);
        foreach (var host in hosts)
        {
            var recipient = recipients.GetValueOrDefault(host.Id) ?? new WatchRecipient(host.Id, subscriber);
            if (recipient.TimeZone != zoneId)
                await store.SaveRecipientAsync(recipient with { TimeZone = zoneId }, cancellationToken);
        }
        _kept.Set(subscriber, new Learnt(zoneId, now));
    }

    /// <summary>Looks <paramref name="subscriber"/> up again with their next message (they have just subscribed).</summary>
    public void Forget(string subscriber) => _kept.Remove(subscriber);

    /// <param name="Zone">The zone kept on the sender's rows; null when they heard about no host at <paramref name="Checked"/>.</param>
    private sealed record Learnt(string? Zone, DateTimeOffset Checked)
    {
        public bool WatchesNothing => Zone is null;
    }
}
