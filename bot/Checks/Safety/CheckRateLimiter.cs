namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Sliding-window limits per user and overall; a check counts only when both limits let it through.</summary>
internal sealed class CheckRateLimiter(HostCheckOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _all = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _perUser = new(StringComparer.Ordinal);

    public HostCheckRefusal TryAcquire(string userId)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var mine = _perUser.TryGetValue(userId, out var queue) ? queue : _perUser[userId] = new Queue<DateTimeOffset>();
            Expire(mine, now);
            Expire(_all, now);
            if (mine.Count >= options.ChecksPerUserPerWindow)
                return HostCheckRefusal.UserRateLimited;
            if (_all.Count >= options.ChecksPerWindow)
                return HostCheckRefusal.GlobalRateLimited;
            mine.Enqueue(now);
            _all.Enqueue(now);
            RemoveIdleUsers(now);
            return HostCheckRefusal.None;
        }
    }

    private void Expire(Queue<DateTimeOffset> queue, DateTimeOffset now)
    {
        while (queue.Count > 0 && queue.Peek() <= now - options.RateWindow)
            queue.Dequeue();
    }

    private void RemoveIdleUsers(DateTimeOffset now)
    {
        if (_perUser.Count <= options.ChecksPerWindow)
            return;
        foreach (var queue in _perUser.Values)
            Expire(queue, now);
        foreach (var idle in _perUser.Where(pair => pair.Value.Count == 0).Select(pair => pair.Key).ToList())
            _perUser.Remove(idle);
    }
}
