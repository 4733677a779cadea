using System.Collections.Concurrent;

namespace RdpHelpBot.Bot.Channels;

/// <summary>A thread-safe map that forgets its oldest entries past a capacity, so it cannot grow without end.</summary>
internal sealed class BoundedMap<TValue>(int capacity)
{
    // Each entry carries the ticket of its place in the order, so a key removed and added again is not evicted
    // when the order reaches its earlier, stale place.
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, long Ticket)> _order = new();
    private long _lastTicket;

    /// <summary>Adds the value unless the key is there already; true when it was added.</summary>
    public bool TryAdd(string key, TValue value)
    {
        var ticket = Interlocked.Increment(ref _lastTicket);
        if (!_entries.TryAdd(key, new Entry(value, ticket)))
            return false;
        Remember(key, ticket);
        return true;
    }

    /// <summary>Adds the value, or replaces the value of a key that is there; a replaced key keeps its place in the order.</summary>
    public void Set(string key, TValue value)
    {
        while (!TryAdd(key, value))
        {
            if (_entries.TryGetValue(key, out var existing) && _entries.TryUpdate(key, existing with { Value = value }, existing))
                return;
        }
    }

    public bool TryGet(string key, out TValue value)
    {
        var found = _entries.TryGetValue(key, out var entry);
        value = found ? entry!.Value : default!;
        return found;
    }

    /// <summary>Forgets the key now; its place in the order is dropped when the order reaches it.</summary>
    public void Remove(string key) => _entries.TryRemove(key, out _);

    private void Remember(string key, long ticket)
    {
        _order.Enqueue((key, ticket));
        while (_order.Count > capacity && _order.TryDequeue(out var oldest))
        {
            if (_entries.TryGetValue(oldest.Key, out var entry) && entry.Ticket == oldest.Ticket)
                _entries.TryRemove(new KeyValuePair<string, Entry>(oldest.Key, entry));
        }
    }

    private sealed record Entry(TValue Value, long Ticket);
}
