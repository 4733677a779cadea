using RdpHelpBot.Bot.Channels;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// Learns a person's time zone from what their channel sends with their messages (Teams' <c>localTimezone</c>), so that
/// the quiet hours and digest of their certificate warnings are read in it rather than in <c>Watch:TimeZone</c>. It is
/// kept on their rows for every host they hear about; the notifier reads it from any of them.
/// </summary>
internal sealed class WatchTimeZones(IWatchStore store, WatchInventory inventory)
{
    public const int Capacity = 10_000;

    // An IANA id is far shorter; a longer text is not looked up at all.
    private const int MaxZoneLength = 64;

    /// <summary>The zone last kept for each recent subscriber: a message in an unchanged zone costs no read.</summary>
    private readonly BoundedMap<string> _kept = new(Capacity);

    /// <summary>Keeps <paramref name="zoneId"/> as the time zone of <paramref name="subscriber"/>, when it is a zone this machine knows.</summary>
    public async Task LearnAsync(string subscriber, string? zoneId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (string.IsNullOrWhiteSpace(zoneId) || zoneId.Length > MaxZoneLength || WatchSchedule.FindZone(zoneId) is null)
            return;
        if (_kept.TryGet(subscriber, out var kept) && kept == zoneId)
            return;
        var hosts = (await inventory.ListAsync(cancellationToken)).Where(host => host.Subscribers.Contains(subscriber, StringComparer.Ordinal)).ToList();
        // Someone who hears about no host has nothing to keep it on yet: learnt with a later message, once they do.
        if (hosts.Count == 0)
            return;
        var recipients = (await store.ListRecipientsAsync(cancellationToken)).Where(r => r.Subscriber == subscriber).ToDictionary(r => r.HostId, StringComparer.Ordinal);
        foreach (var host in hosts)
        {
            var recipient = recipients.GetValueOrDefault(host.Id) ?? new WatchRecipient(host.Id, subscriber);
            if (recipient.TimeZone != zoneId)
                await store.SaveRecipientAsync(recipient with { TimeZone = zoneId }, cancellationToken);
        }
        _kept.Set(subscriber, zoneId);
    }
}
