using System.Text.Json;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The watch's data in PostgreSQL: hosts and histories as JSON rows, and the pass's lease in the shared
/// <see cref="PostgresLeases"/>. A history is written only while its writer's grant is the newest (the fence).
/// </summary>
internal sealed class PostgresWatchStore(PostgresDatabase database) : IWatchStore
{
    private const string LeaseName = "watch";
    private readonly PostgresJsonTable<WatchedHost> _hosts = new(database, "watch_host", WatchJsonContext.Default.WatchedHost);
    private readonly PostgresJsonTable<WatchHistory> _histories = new(database, "watch_history", WatchJsonContext.Default.WatchHistory);
    private readonly PostgresJsonTable<WatchRecipient> _recipients = new(database, "watch_recipient", WatchJsonContext.Default.WatchRecipient);
    private readonly PostgresLeases _leases = new(database);

    public Task SaveHostAsync(WatchedHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        return _hosts.UpsertAsync(host.Id, host.Added, host, cancellationToken);
    }

    public async Task<bool> RemoveHostAsync(string id, CancellationToken cancellationToken)
    {
        await _histories.DeleteAsync(id, cancellationToken);
        return await _hosts.DeleteAsync(id, cancellationToken);
    }

    public Task<WatchedHost?> GetHostAsync(string id, CancellationToken cancellationToken) => _hosts.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<WatchedHost>> ListHostsAsync(CancellationToken cancellationToken) => _hosts.ListAsync(cancellationToken);

    public async Task<WatchHistory> GetHistoryAsync(string id, CancellationToken cancellationToken) =>
        await _histories.GetAsync(id, cancellationToken) ?? WatchHistory.Empty;

    /// <remarks>One transaction for the pass's histories, not one per host.</remarks>
    public Task<bool> SaveHistoriesAsync(IReadOnlyDictionary<string, WatchHistory> histories, WatchLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(lease);
        return _leases.FencedAsync(LeaseName, lease.Token, async transaction =>
        {
            foreach (var (id, history) in histories)
                await _histories.UpsertAsync(id, history.LastProbe ?? DateTimeOffset.UnixEpoch, history, transaction, cancellationToken);
        }, cancellationToken);
    }

    public async Task<WatchLease?> TryAcquireLeaseAsync(string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var expires = now + duration;
        return await _leases.TryAcquireAsync(LeaseName, holder, now, expires, cancellationToken) is { } token
            ? new WatchLease(holder, token, expires)
            : null;
    }

    public async Task<WatchLease?> RenewLeaseAsync(WatchLease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var expires = now + duration;
        return await _leases.RenewAsync(LeaseName, lease.Holder, lease.Token, now, expires, cancellationToken) ? lease with { Expires = expires } : null;
    }

    public Task ReleaseLeaseAsync(WatchLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return _leases.ReleaseAsync(LeaseName, lease.Token, cancellationToken);
    }

    public Task SaveRecipientAsync(WatchRecipient recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return _recipients.UpsertAsync(recipient.Id, DateTimeOffset.UnixEpoch, recipient, cancellationToken);
    }

    public Task<IReadOnlyList<WatchRecipient>> ListRecipientsAsync(CancellationToken cancellationToken) => _recipients.ListAsync(cancellationToken);
}
