using System.Collections.Concurrent;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>
/// The activities processed lately, so a channel's retry of the same activity (Teams retries a slow
/// Action.Execute, a double click sends it twice) runs no second turn. Bounded: the oldest are forgotten.
/// </summary>
internal sealed class RecentActivities
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>True the first time an activity is seen; false for a repeat.</summary>
    public bool TryRecord(string channelId, string conversationId, string activityId)
    {
        var key = $"{channelId}\n{conversationId}\n{activityId}";
        if (!_seen.TryAdd(key, 0))
            return false;
        _order.Enqueue(key);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
            _seen.TryRemove(oldest, out _);
        return true;
    }
}
