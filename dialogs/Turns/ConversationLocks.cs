namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// One async lock per conversation, so this process runs a conversation's turns one at a time. A lock lives
/// only while someone holds or waits for it, so quiet conversations leave nothing behind.
/// </summary>
internal sealed class ConversationLocks
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>How many conversations have a lock held or awaited right now.</summary>
    public int Count
    {
        get
        {
            lock (_gates)
                return _gates.Count;
        }
    }

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out gate!))
                _gates.Add(key, gate = new Gate());
            gate.Users++;
        }
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Leave(key, gate);
            throw;
        }
        return new Holder(this, key, gate);
    }

    private void Release(string key, Gate gate)
    {
        gate.Semaphore.Release();
        Leave(key, gate);
    }

    private void Leave(string key, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Holder(ConversationLocks owner, string key, Gate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                owner.Release(key, gate);
        }
    }
}
