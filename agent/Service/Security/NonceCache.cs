namespace RdpHelpBot.Agent.Security;

/// <summary>
/// Remembers the nonces of accepted requests for twice the allowed clock skew: a request older than that is
/// refused for its timestamp anyway, so a nonce never needs to be kept longer.
/// </summary>
internal sealed class NonceCache(TimeProvider time, TimeSpan keepFor, int capacity)
{
    private readonly Dictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Nonce, DateTimeOffset Expiry)> order = new();
    private readonly Lock gate = new();

    public NonceOutcome TryRemember(string nonce)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Forget(now);
            if (expiries.ContainsKey(nonce))
                return NonceOutcome.Replayed;
            if (expiries.Count >= capacity)
                return NonceOutcome.Full;
            var expiry = now + keepFor;
            expiries.Add(nonce, expiry);
            order.Enqueue((nonce, expiry));
            return NonceOutcome.Fresh;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        while (order.TryPeek(out var oldest) && oldest.Expiry <= now)
        {
            order.Dequeue();
            expiries.Remove(oldest.Nonce);
        }
    }
}

internal enum NonceOutcome
{
    Fresh,
    Replayed,
    Full,
}
