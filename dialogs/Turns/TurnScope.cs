namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// What the attempts of one turn share. A turn that loses the race to save its state is run again on the newer
/// state; work with effects outside the state (a host check, audited and felt by the host) is done by the first
/// attempt only, and a retry that asks for the same again is given the first attempt's result.
/// </summary>
public sealed class TurnScope
{
    private static readonly AsyncLocal<TurnScope?> Ambient = new();

    private readonly Dictionary<string, Task<object?>> _results = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The turn being run on this flow of execution, or null outside a turn.</summary>
    public static TurnScope? Current => Ambient.Value;

    /// <summary>Makes a new scope current until the result is disposed: one per turn request, across its attempts.</summary>
    internal static IDisposable Begin()
    {
        var previous = Ambient.Value;
        Ambient.Value = new TurnScope();
        return new Restore(previous);
    }

    /// <summary>
    /// The result <paramref name="run"/> gave for <paramref name="key"/> earlier in this turn, or runs it now. A run
    /// that fails is not remembered.
    /// </summary>
    public async Task<T> RememberAsync<T>(string key, Func<Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Task<object?> result;
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out result!))
                _results[key] = result = RunAsync(run);
        }
        try
        {
            return (T)(await result)!;
        }
        catch
        {
            // Whatever failed, a retry must be able to run it afresh; the failure itself goes to the caller.
            lock (_gate)
                _results.Remove(key);
            throw;
        }
    }

    private static async Task<object?> RunAsync<T>(Func<Task<T>> run) => await run();

    private sealed class Restore(TurnScope? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
