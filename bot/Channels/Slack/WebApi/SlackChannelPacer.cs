namespace RdpHelpBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// Keeps messages to one channel about <see cref="SlackOptions.MessageInterval"/> apart, Slack's posting
/// limit, so a long answer is not cut short by 429s. Other channels are not held up. A channel is remembered only
/// while a message waits for it or its interval has not passed, so the bot's many quiet channels cost nothing.
/// </summary>
internal sealed class SlackChannelPacer(SlackOptions options, TimeProvider time)
{
    private const int PurgeEvery = 256;

    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _leavesSincePurge;

    /// <summary>The channels remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _lanes.Count;
        }
    }

    public async Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var lane = Enter(channel);
        try
        {
            await lane.Turn.WaitAsync(cancellationToken);
            try
            {
                var wait = lane.NextAllowed - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, time, cancellationToken);
                lane.NextAllowed = time.GetUtcNow() + options.MessageInterval;
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

    private Lane Enter(string channel)
    {
        lock (_gate)
        {
            if (!_lanes.TryGetValue(channel, out var lane))
                _lanes[channel] = lane = new Lane();
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
            var now = time.GetUtcNow();
            foreach (var idle in _lanes.Where(entry => entry.Value.Waiting == 0 && entry.Value.NextAllowed <= now).Select(entry => entry.Key).ToList())
                _lanes.Remove(idle);
        }
    }

    private sealed class Lane
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; }

        /// <summary>Callers between <see cref="Enter"/> and <see cref="Leave"/>; guarded by the pacer's lock.</summary>
        public int Waiting { get; set; }
    }
}
