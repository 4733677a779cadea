namespace RdpHelpBot.Dialogs.Storage;

/// <summary>
/// Keeps one JSON document per key (a conversation's state) with optimistic concurrency: every write names
/// the ETag it read, and a write based on stale state is refused instead of overwriting a newer turn.
/// </summary>
public interface IStateStore
{
    Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="json"/> if the stored ETag still equals <paramref name="expectedETag"/> (null: the
    /// key must not exist yet) and returns the new ETag; otherwise throws <see cref="StateConflictException"/>.
    /// </summary>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken) =>
        WriteAsync(key, json, expectedETag, [], cancellationToken);

    /// <summary>
    /// Writes the state as <see cref="WriteAsync(string, string, string?, CancellationToken)"/> does, and the
    /// <paramref name="participants"/>' parts in the same transaction: all of them are kept, or none.
    /// </summary>
    Task<string> WriteAsync(
        string key, string json, string? expectedETag, IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken);

    /// <summary>Writes the <paramref name="participants"/>' parts in one transaction, changing no state (a failed turn's apology).</summary>
    Task CommitAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// The keys whose state was last written before <paramref name="cutoff"/> (conversations gone quiet), each
    /// with the ETag of that write, so a caller can tell whether the key was written again since.
    /// </summary>
    Task<IReadOnlyList<StateVersion>> ListWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

public sealed record StoredState(string Json, string ETag);

/// <summary>Which write of a key's state: the key and the ETag that write produced.</summary>
public sealed record StateVersion(string Key, string ETag);

/// <summary>Someone else saved the same key since it was read; reload and run the turn again.</summary>
public sealed class StateConflictException(string key)
    : Exception($"The state '{key}' was changed by another turn since it was read.")
{
    public string Key { get; } = key;
}
