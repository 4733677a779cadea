using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Storage.InMemory;

/// <summary>The watch's data in this process's memory (<c>Storage:Provider=InMemory</c>): lost on restart.</summary>
internal sealed class InMemoryWatchStore : IWatchStore
{
    private readonly Lock _lock = new();
    private readonly List<WatchedHost> _hosts = [];
    private readonly Dictionary<string, WatchHistory> _histories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WatchRecipient> _recipients = new(StringComparer.Ordinal);
    private WatchLease? _lease;

    public Task SaveHostAsync(WatchedHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        lock (_lock)
        {
            var index = _hosts.FindIndex(kept => kept.Id == host.Id);
            if (index >= 0)
                _hosts[index] = host;
            else
                _hosts.Add(host);
        }
        return Task.CompletedTask;
    }

    public Task<bool> RemoveHostAsync(string id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _histories.Remove(id);
            return Task.FromResult(_hosts.RemoveAll(host => host.Id == id) > 0);
        }
    }

    public Task<WatchedHost?> GetHostAsync(string id, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult(_hosts.Find(host => host.Id == id));
    }

    public Task<IReadOnlyList<WatchedHost>> ListHostsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<WatchedHost>>([.. _hosts.OrderBy(host => host.Added)]);
    }

    public Task<WatchHistory> GetHistoryAsync(string id, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult(_histories.GetValueOrDefault(id) ?? WatchHistory.Empty);
    }

    public Task<bool> SaveHistoriesAsync(IReadOnlyDictionary<string, WatchHistory> histories, WatchLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(lease);
        lock (_lock)
        {
            if (_lease?.Token != lease.Token)
                return Task.FromResult(false);
            foreach (var (id, history) in histories)
                _histories[id] = history;
            return Task.FromResult(true);
        }
    }

    public Task<WatchLease?> TryAcquireLeaseAsync(string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_lease is { } held && held.Expires > now)
                return Task.FromResult<WatchLease?>(null);
            _lease = new WatchLease(holder, (_lease?.Token ?? 0) + 1, now + duration);
            return Task.FromResult<WatchLease?>(_lease);
        }
    }

    public Task<WatchLease?> RenewLeaseAsync(WatchLease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (_lock)
        {
            if (_lease is not { } held || held.Token != lease.Token || held.Holder != lease.Holder || held.Expires <= now)
                return Task.FromResult<WatchLease?>(null);
            _lease = held with { Expires = now + duration };
            return Task.FromResult<WatchLease?>(_lease);
        }
    }

    public Task ReleaseLeaseAsync(WatchLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (_lock)
        {
            if (_lease?.Token == lease.Token)
                _lease = _lease with { Expires = DateTimeOffset.MinValue };
        }
        return Task.CompletedTask;
    }

    public Task SaveRecipientAsync(WatchRecipient recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        lock (_lock)
            _recipients[recipient.Id] = recipient;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WatchRecipient>> ListRecipientsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<WatchRecipient>>([.. _recipients.Values]);
    }
}
