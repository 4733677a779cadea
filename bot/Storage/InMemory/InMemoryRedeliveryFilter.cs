using RdpHelpBot.Bot.Channels;
using RdpHelpBot.Bot.Channels.Redelivery;

namespace RdpHelpBot.Bot.Storage.InMemory;

/// <summary>
/// The redelivery filter of a single instance: each key in memory for its window, and at most a capacity of them
/// (the oldest go first), so a flood of new ids cannot grow it without end.
/// </summary>
internal sealed class InMemoryRedeliveryFilter(TimeProvider time, int capacity = InMemoryRedeliveryFilter.DefaultCapacity) : IRedeliveryFilter
{
    public const int DefaultCapacity = 50_000;

    private readonly BoundedMap<DateTimeOffset> _expiries = new(capacity);
    private readonly Lock _gate = new();

    public ValueTask<bool> FirstSightingAsync(RedeliveryKey key, TimeSpan window, CancellationToken cancellationToken)
    {
        var id = $"{key.Channel}\n{key.Id}";
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_expiries.TryGet(id, out var expiry) && expiry > now)
                return ValueTask.FromResult(false);
            // Removed first, so a key seen again after its window takes a new place in the order of eviction.
            _expiries.Remove(id);
            _expiries.TryAdd(id, now + window);
            return ValueTask.FromResult(true);
        }
    }
}
