using System.Collections.Concurrent;
using System.Globalization;

namespace RdpHelpBot.Dialogs.Storage;

/// <summary>State kept in process memory: for tests and throw-away runs; lost on restart.</summary>
public sealed class InMemoryStateStore(TimeProvider time) : IStateStore
{
    private readonly ConcurrentDictionary<string, Entry> _states = new(StringComparer.Ordinal);
    private long _version;

    public InMemoryStateStore()
        : this(TimeProvider.System)
    {
    }

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryGetValue(key, out var entry) ? entry.State : null);

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var etag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        var written = new Entry(new StoredState(json, etag), time.GetUtcNow());
        var stored = expectedETag is null
            ? _states.TryAdd(key, written)
            : _states.TryGetValue(key, out var current) && current.State.ETag == expectedETag
              && _states.TryUpdate(key, written, current);
        return stored ? Task.FromResult(etag) : throw new StateConflictException(key);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _states.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StateVersion>> ListWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StateVersion>>(_states
            .Where(pair => pair.Value.WrittenAt < cutoff)
            .Select(pair => new StateVersion(pair.Key, pair.Value.State.ETag))
            .OrderBy(version => version.Key, StringComparer.Ordinal)
            .ToList());

    private sealed record Entry(StoredState State, DateTimeOffset WrittenAt);
}
