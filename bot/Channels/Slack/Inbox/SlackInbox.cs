using System.Threading.Channels;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Where Slack's requests are dropped after they are acknowledged, so Slack gets its answer within three
/// seconds and the turn runs afterwards. Redeliveries are dropped here, on receipt; each channel's work stays
/// in order in its lane, and lanes run side by side.
/// </summary>
internal sealed class SlackInbox
{
    public const int LaneCount = 4;

    private readonly Channel<SlackInbound>[] _lanes;
    private readonly ExpiringKeySet _seen;
    private readonly SlackLog _log;

    public SlackInbox(SlackOptions options, TimeProvider time, SlackLog log)
    {
        _lanes = [.. Enumerable.Range(0, LaneCount).Select(_ => Channel.CreateUnbounded<SlackInbound>(new() { SingleReader = true }))];
        _seen = new ExpiringKeySet(options.DeduplicationWindow, time);
        _log = log;
    }

    public IReadOnlyList<ChannelReader<SlackInbound>> Lanes => [.. _lanes.Select(lane => lane.Reader)];

    /// <summary>Queues the work unless it was seen before; false for a duplicate.</summary>
    public bool Accept(SlackInbound inbound)
    {
        // Every key is marked, so a copy that shares any one of them is recognised later.
        var fresh = inbound.DedupeKeys.Aggregate(true, (allNew, key) => _seen.TryAdd(key) && allNew);
        if (!fresh)
        {
            _log.DuplicateDropped(inbound.GetType().Name, inbound.LaneKey);
            return false;
        }
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(inbound.LaneKey) % LaneCount);
        return _lanes[lane].Writer.TryWrite(inbound);
    }

    public void Complete()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
    }
}
