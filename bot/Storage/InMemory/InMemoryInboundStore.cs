using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.InMemory;

/// <summary>
/// The inbound items of a store kept in memory: a redelivery is still recognised, but nothing survives a restart.
/// At most a capacity of items is kept; the oldest go first. Claims are this process's alone.
/// </summary>
internal sealed class InMemoryInboundStore(int capacity = InMemoryInboundStore.DefaultCapacity) : IInboundStore
{
    public const int DefaultCapacity = 50_000;

    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();
    private readonly InProcessInboundClaims _claims = new();

    public Task<bool> AcceptAsync(InboundItem item, InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(claim);
        var key = Key(item.Channel, item.Id);
        lock (_gate)
        {
            if (!_items.TryAdd(key, new Entry(item)))
                return Task.FromResult(false);
            _claims.Claim(item.Channel, item.Id, claim);
            _order.Enqueue(key);
            while (_order.Count > capacity)
            {
                if (_items.Remove(_order.Dequeue(), out var dropped))
                    _claims.Forget(dropped.Item.Channel, dropped.Item.Id);
            }
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string channel, string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_items.TryGetValue(Key(channel, id), out var entry) && !entry.Handled)
                _items.Remove(Key(channel, id));
            _claims.Forget(channel, id);
        }
        // The order keeps the key: accepted again, the item may be dropped a little early once the store is full.
        return Task.CompletedTask;
    }

    public IStateWriteParticipant Handled(string channel, string id, string owner) => new HandledParticipant(this, channel, id, owner);

    public Task MarkHandledAsync(string channel, string id, string owner, CancellationToken cancellationToken)
    {
        lock (_gate)
            TryMarkHandled(channel, id, owner);
        return Task.CompletedTask;
    }

    private bool TryMarkHandled(string channel, string id, string owner)
    {
        if (!_claims.IsHeldBy(channel, id, owner))
            return false;
        if (_items.TryGetValue(Key(channel, id), out var entry))
            entry.Handled = true;
        _claims.Forget(channel, id);
        return true;
    }

    /// <remarks>The run that kept the item counts as one of its starts.</remarks>
    public Task<InboundRetry> RetryLaterAsync(string channel, string id, InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        lock (_gate)
        {
            if (!_claims.IsHeldBy(channel, id, claim.Owner))
                return Task.FromResult(InboundRetry.NotHeld);
            bool? givenUp = null;
            if (_items.TryGetValue(Key(channel, id), out var entry) && !entry.Handled)
                givenUp = entry.Handled = entry.Starts + 1 >= InboundItem.MaxStarts;
            return Task.FromResult(_claims.Retried(channel, id, claim.Until, givenUp));
        }
    }

    public Task<IReadOnlyList<InboundItem>> TakeUnhandledAsync(string channel, int limit, InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        lock (_gate)
        {
            var taken = _items.Values
                .Where(entry => !entry.Handled && entry.Item.Channel == channel && entry.Starts < InboundItem.MaxStarts)
                .OrderBy(entry => entry.Item.Received)
                .Where(entry => _claims.TryClaim(channel, entry.Item.Id, claim))
                .Take(limit)
                .ToList();
            foreach (var entry in taken)
                entry.Starts++;
            return Task.FromResult<IReadOnlyList<InboundItem>>([.. taken.Select(entry => entry.Item)]);
        }
    }

    public Task RenewAsync(InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        _claims.Renew(claim);
        return Task.CompletedTask;
    }

    public Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var old = _items.Where(pair => pair.Value.Item.Received < cutoff).Select(pair => pair.Key).ToList();
            foreach (var key in old)
            {
                if (_items.Remove(key, out var entry))
                    _claims.Forget(entry.Item.Channel, entry.Item.Id);
            }
            // The order keeps the removed keys until it reaches them; dropping a key twice is harmless.
            return Task.FromResult(old.Count);
        }
    }

    private static string Key(string channel, string id) => $"{channel}\n{id}";

    private sealed class Entry(InboundItem item)
    {
        public InboundItem Item { get; } = item;
        public bool Handled { get; set; }
        public int Starts { get; set; }
    }

    private sealed class HandledParticipant(InMemoryInboundStore store, string channel, string id, string owner) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
        {
            lock (store._gate)
            {
                // Handled already: another turn of the item was kept.
                if ((store._items.TryGetValue(Key(channel, id), out var entry) && entry.Handled) || !store.TryMarkHandled(channel, id, owner))
                    throw new InboundClaimLostException(channel, id);
            }
            return Task.CompletedTask;
        }
    }
}
