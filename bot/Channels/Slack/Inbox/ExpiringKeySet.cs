namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>Keys remembered for a while: adding one seen within its lifetime says so.</summary>
internal sealed class ExpiringKeySet(TimeSpan lifetime, TimeProvider time)
{
    private const int PurgeEvery = 256;

    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _addsSincePurge;

    /// <summary>True when the key is new (or its earlier sighting has expired); it is then remembered.</summary>
    public bool TryAdd(string key)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (++_addsSincePurge >= PurgeEvery)
                Purge(now);
            if (_expiries.TryGetValue(key, out var expiry) && expiry > now)
                return false;
            _expiries[key] = now + lifetime;
            return true;
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
                return _expiries.Count;
        }
    }

    private void Purge(DateTimeOffset now)
    {
        _addsSincePurge = 0;
        foreach (var expired in _expiries.Where(entry => entry.Value <= now).Select(entry => entry.Key).ToList())
        {
            _expiries.Remove(expired);
        }
    }
}
