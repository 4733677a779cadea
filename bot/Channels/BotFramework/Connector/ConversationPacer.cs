using System.Threading.RateLimiting;

namespace RdpHelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Keeps sends to one Teams conversation within Teams' per-bot, per-thread limits (7 in 1 s, 8 in 2 s,
/// 60 in 30 s), waiting rather than drawing a 429.
/// </summary>
internal sealed class ConversationPacer : IAsyncDisposable
{
    private static readonly (int Limit, TimeSpan Window)[] TeamsLimits =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30))];

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.CreateChained(
        TeamsLimits.Select(limit => PartitionedRateLimiter.Create<string, string>(conversation =>
            RateLimitPartition.GetSlidingWindowLimiter(conversation, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = limit.Limit,
                Window = limit.Window,
                SegmentsPerWindow = 4,
                QueueLimit = 1000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }))).ToArray());

    /// <summary>Waits until one more send to the conversation is within the limits.</summary>
    public async ValueTask<RateLimitLease> WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(conversationId, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException($"Too many messages are waiting for conversation {conversationId}.");
        }
        return lease;
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}
