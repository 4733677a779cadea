using System.Collections.Concurrent;

namespace RdpHelpBot.Bot.Channels.BotFramework.Cards;

/// <summary>A thread-safe map that forgets its oldest entries past a capacity, so it cannot grow without end.</summary>
internal sealed class BoundedMap<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>Adds the value unless the key is there already; true when it was added.</summary>
    public bool TryAdd(string key, TValue value)
    {
        if (!_entries.TryAdd(key, value))
            return false;
        Remember(key);
        return true;
    }

    public void Set(string key, TValue value)
    {
        if (!TryAdd(key, value))
            _entries[key] = value;
    }

    public bool TryGet(string key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Forgets the key now; its place in the order is dropped when the order reaches it.</summary>
    public void Remove(string key) => _entries.TryRemove(key, out _);

    private void Remember(string key)
    {
        _order.Enqueue(key);
        while (_order.Count > capacity && _order.TryDequeue(out var oldest))
            _entries.TryRemove(oldest, out _);
    }
}
