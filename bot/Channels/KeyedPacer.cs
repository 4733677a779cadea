namespace RdpHelpBot.Bot.Channels;

/// <summary>At most <paramref name="Sends"/> sends to one key in any <paramref name="Window"/>.</summary>
internal sealed record PaceLimit(int Sends, TimeSpan Window);

/// <summary>
/// Keeps sends to one key (a Teams conversation, a Slack channel) within a channel's posting limits, waiting rather
/// than drawing a 429; other keys are not held up. A key is remembered only while a send waits for it or its limits
/// still count a past send, so the bot's many quiet conversations cost nothing; past a capacity the quietest are
/// forgotten first.
/// </summary>
internal sealed class KeyedPacer
{
    public const int DefaultCapacity = 10_000;

    /// <summary>Sends that may wait for one key before another is refused: a flood, not a conversation.</summary>
    public const int MaxWaitingPerKey = 1000;

    private const int PurgeEvery = 256;

    private readonly PaceLimit[] _limits;
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly int _remembered;
    private readonly TimeSpan _longestWindow;
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _leavesSincePurge;

    public KeyedPacer(IReadOnlyList<PaceLimit> limits, TimeProvider time, int capacity = DefaultCapacity)
    {
        _limits = [.. limits];
        _time = time;
        _capacity = capacity;
        _remembered = _limits.Max(limit => limit.Sends);
        _longestWindow = _limits.Max(limit => limit.Window);
    }

    /// <summary>The keys remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _lanes.Count;
        }
    }

    /// <summary>Waits until one more send to <paramref name="key"/> is within the limits, and counts it.</summary>
    /// <exception cref="InvalidOperationException">Too many sends already wait for the key.</exception>
    public async Task WaitTurnAsync(string key, CancellationToken cancellationToken)
    {
        var lane = Enter(key);
        try
        {
            await lane.Turn.WaitAsync(cancellationToken);
            try
            {
                var wait = NextAllowed(lane.Sent) - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, _time, cancellationToken);
                lane.Sent.Enqueue(_time.GetUtcNow());
                if (lane.Sent.Count > _remembered)
                    lane.Sent.Dequeue();
            }
            finally
            {
                lane.Turn.Release();
            }
        }
        finally
        {
            Leave(lane);
        }
    }

    /// <summary>The first time every limit allows another send, given the latest sends (oldest first).</summary>
    private DateTimeOffset NextAllowed(Queue<DateTimeOffset> sent)
    {
        var next = DateTimeOffset.MinValue;
        foreach (var limit in _limits.Where(limit => sent.Count >= limit.Sends))
        {
            var allowed = sent.ElementAt(sent.Count - limit.Sends) + limit.Window;
            if (allowed > next)
                next = allowed;
        }
        return next;
    }

    private Lane Enter(string key)
    {
        lock (_gate)
        {
            if (!_lanes.TryGetValue(key, out var lane))
            {
                if (_lanes.Count >= _capacity)
                    ForgetQuietest();
                _lanes[key] = lane = new Lane();
            }
            if (lane.Waiting >= MaxWaitingPerKey)
                throw new InvalidOperationException($"Too many messages are waiting for {key}.");
            lane.Waiting++;
            return lane;
        }
    }

    private void Leave(Lane lane)
    {
        lock (_gate)
        {
            lane.Waiting--;
            if (++_leavesSincePurge < PurgeEvery)
                return;
            _leavesSincePurge = 0;
            var now = _time.GetUtcNow();
            foreach (var idle in _lanes.Where(entry => IsIdle(entry.Value, now)).Select(entry => entry.Key).ToList())
                _lanes.Remove(idle);
        }
    }

    /// <summary>At capacity: the keys no limit counts any more go, or else the idle ones sent to longest ago.</summary>
    private void ForgetQuietest()
    {
        var now = _time.GetUtcNow();
        var idle = _lanes.Where(entry => entry.Value.Waiting == 0)
            .OrderBy(entry => IsIdle(entry.Value, now) ? 0 : 1)
            .ThenBy(entry => entry.Value.LastSent)
            .Select(entry => entry.Key)
            .Take(Math.Max(1, _capacity / 10))
            .ToList();
        foreach (var key in idle)
            _lanes.Remove(key);
    }

    private bool IsIdle(Lane lane, DateTimeOffset now) => lane.Waiting == 0 && lane.LastSent + _longestWindow <= now;

    private sealed class Lane
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        /// <summary>The latest sends, oldest first; written by the caller holding <see cref="Turn"/>.</summary>
        public Queue<DateTimeOffset> Sent { get; } = new();

        /// <summary>Read under the pacer's lock, so it may be a send behind; forgetting a key a little late is fine.</summary>
        public DateTimeOffset LastSent => Sent.Count == 0 ? DateTimeOffset.MinValue : Sent.Last();

        /// <summary>Callers between <see cref="Enter"/> and <see cref="Leave"/>; guarded by the pacer's lock.</summary>
        public int Waiting { get; set; }
    }
}
