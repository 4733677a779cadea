using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Tests.Turns;

/// <summary>
/// A real store with a hook before each write, to play "another instance saved first", and a count of writes.
/// </summary>
internal sealed class ScriptedStateStore(IStateStore inner) : IStateStore
{
    private int _writes;

    /// <summary>Runs before the next write only, then is cleared.</summary>
    public Func<Task>? BeforeNextWrite { get; set; }

    /// <summary>Every write is refused, as if other turns always saved first.</summary>
    public bool AlwaysConflict { get; set; }

    public int Writes => _writes;

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

    public async Task<string> WriteAsync(
        string key, string json, string? expectedETag, IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        if (BeforeNextWrite is { } before)
        {
            BeforeNextWrite = null;
            await before();
        }
        return AlwaysConflict
            ? throw new StateConflictException(key)
            : await inner.WriteAsync(key, json, expectedETag, participants, cancellationToken);
    }

    public Task CommitAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken) =>
        inner.CommitAsync(participants, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public Task<IReadOnlyList<StateVersion>> ListWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        inner.ListWrittenBeforeAsync(cutoff, cancellationToken);
}
