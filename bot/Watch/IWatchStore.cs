namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// A held lease: <see cref="Token"/> grows with every grant, so a write fenced with an older token (a holder that
/// stalled past its expiry while another took over) is refused.
/// </summary>
internal sealed record WatchLease(string Holder, long Token, DateTimeOffset Expires);

/// <summary>
/// The watch's data: the hosts added by command or chat (those in settings are not stored), what the passes saw of
/// each, what each recipient chose (snoozes, offers declined), and the lease that lets one instance run a pass at a time.
/// </summary>
internal interface IWatchStore
{
    /// <summary>Adds the host, or replaces the one with the same id.</summary>
    Task SaveHostAsync(WatchedHost host, CancellationToken cancellationToken);

    /// <summary>Removes the host and its history; false when it was not there.</summary>
    Task<bool> RemoveHostAsync(string id, CancellationToken cancellationToken);

    Task<WatchedHost?> GetHostAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every stored host, in the order they were added.</summary>
    Task<IReadOnlyList<WatchedHost>> ListHostsAsync(CancellationToken cancellationToken);

    /// <summary>The host's history; <see cref="WatchHistory.Empty"/> before its first pass.</summary>
    Task<WatchHistory> GetHistoryAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the hosts' histories (by host id) together, in one write, if <paramref name="lease"/> is still the newest
    /// grant; false (none kept) otherwise.
    /// </summary>
    Task<bool> SaveHistoriesAsync(IReadOnlyDictionary<string, WatchHistory> histories, WatchLease lease, CancellationToken cancellationToken);

    /// <summary>
    /// Grants the lease to <paramref name="holder"/> until <paramref name="now"/> + <paramref name="duration"/> when nobody
    /// holds it or the last grant has expired; null while another holder's grant runs.
    /// </summary>
    Task<WatchLease?> TryAcquireLeaseAsync(string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Extends a held, unexpired grant; null when it was lost (expired, or taken over).</summary>
    Task<WatchLease?> RenewLeaseAsync(WatchLease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Ends the grant at once, if it is still the newest.</summary>
    Task ReleaseLeaseAsync(WatchLease lease, CancellationToken cancellationToken);

    /// <summary>Adds the recipient's choices for a host, or replaces the ones with the same host and subscriber.</summary>
    Task SaveRecipientAsync(WatchRecipient recipient, CancellationToken cancellationToken);

    /// <summary>Every recipient's choices, for every host.</summary>
    Task<IReadOnlyList<WatchRecipient>> ListRecipientsAsync(CancellationToken cancellationToken);
}
