using System.Collections.Concurrent;

namespace RdpHelpBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// Keeps messages to one channel about <see cref="SlackOptions.MessageInterval"/> apart, Slack's posting
/// limit, so a long answer is not cut short by 429s. Other channels are not held up.
/// </summary>
internal sealed class SlackChannelPacer(SlackOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    public async Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var lane = _lanes.GetOrAdd(channel, _ => new Lane());
        await lane.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = lane.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, time, cancellationToken);
            lane.NextAllowed = time.GetUtcNow() + options.MessageInterval;
        }
        finally
        {
            lane.Gate.Release();
        }
    }

    private sealed class Lane
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; }
    }
}
