namespace RdpHelpBot.Bot.Channels.Slack.SocketMode;

/// <summary>Waits before reconnecting: doubling from the first delay up to the cap, back to the start once connected.</summary>
internal sealed class SocketModeBackoff(TimeSpan first, TimeSpan max)
{
    private int _failures;

    public TimeSpan NextDelay()
    {
        var delay = TimeSpan.FromTicks(Math.Min(max.Ticks, first.Ticks * (1L << Math.Min(_failures, 20))));
        _failures++;
        return delay;
    }

    public void Reset() => _failures = 0;
}
