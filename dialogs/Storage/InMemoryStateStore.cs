using System.Collections.Concurrent;
using System.Globalization;

namespace RdpHelpBot.Dialogs.Storage;

/// <summary>State kept in process memory: for tests and throw-away runs; lost on restart.</summary>
public sealed class InMemoryStateStore(TimeProvider time) : IStateStore
{
    private readonly ConcurrentDictionary<string, Entry> _states = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writing = new(1, 1);
    private long _version;

    public InMemoryStateStore()
        : this(TimeProvider.System)
    {
    }

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryGetValue(key, out var entry) ? entry.State : null);

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken) =>
        WriteAsync(key, json, expectedETag, [], cancellationToken);

    public async Task<string> WriteAsync(
        string key, string json, string? expectedETag, IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken)
    {
        // One write at a time, so the participants' parts and the state change together.
        await _writing.WaitAsync(cancellationToken);
        try
        {
            var current = _states.GetValueOrDefault(key);
            if (current?.State.ETag != expectedETag)
                throw new StateConflictException(key);
            await WriteParticipantsAsync(participants, cancellationToken);
            var etag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
            _states[key] = new Entry(new StoredState(json, etag), time.GetUtcNow());
            return etag;
        }
        finally
        {
            _writing.Release();
        }
    }

    public async Task CommitAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await WriteParticipantsAsync(participants, cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    private static async Task WriteParticipantsAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken)
    {
        foreach (var participant in participants)
            await participant.WriteAsync(InMemoryTransaction.Instance, cancellationToken);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            _states.TryRemove(key, out _);
        }
        finally
        {
            _writing.Release();
        }
    }

    public Task<IReadOnlyList<StateVersion>> ListWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StateVersion>>(_states
            .Where(pair => pair.Value.WrittenAt < cutoff)
            .Select(pair => new StateVersion(pair.Key, pair.Value.State.ETag))
            .OrderBy(version => version.Key, StringComparer.Ordinal)
            .ToList());

    private sealed record Entry(StoredState State, DateTimeOffset WrittenAt);

    /// <summary>Memory has no transaction: the store's write lock keeps the parts together.</summary>
    private sealed class InMemoryTransaction : IStateTransaction
    {
        public static readonly InMemoryTransaction Instance = new();
    }
}
