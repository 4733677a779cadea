using System.Collections.Concurrent;

namespace RdpHelpBot.Dialogs.Storage;

/// <summary>State kept in process memory: for tests and throw-away runs; lost on restart.</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, StoredState> _states = new(StringComparer.Ordinal);
    private long _version;

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryGetValue(key, out var state) ? state : null);

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var written = new StoredState(json, Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stored = expectedETag is null
            ? _states.TryAdd(key, written)
            : _states.TryGetValue(key, out var current) && current.ETag == expectedETag
              && _states.TryUpdate(key, written, current);
        return stored ? Task.FromResult(written.ETag) : throw new StateConflictException(key);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _states.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
