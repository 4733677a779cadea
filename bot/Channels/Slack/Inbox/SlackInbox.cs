using System.Threading.Channels;
using RdpHelpBot.Bot.Channels.Redelivery;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Where Slack's requests are dropped after they are acknowledged, so Slack gets its answer within three
/// seconds and the turn runs afterwards. Redeliveries are dropped here, on receipt; each channel's work stays
/// in order in its lane, and lanes run side by side.
/// </summary>
internal sealed class SlackInbox
{
    public const int LaneCount = 4;

    /// <summary>The channel name Slack's keys are kept under in the shared redelivery filter.</summary>
    private const string RedeliveryChannel = "slack";

    private readonly Channel<SlackInbound>[] _lanes;
    private readonly IRedeliveryFilter _redeliveries;
    private readonly TimeSpan _window;
    private readonly SlackLog _log;

    public SlackInbox(SlackOptions options, IRedeliveryFilter redeliveries, SlackLog log)
    {
        _lanes = [.. Enumerable.Range(0, LaneCount).Select(_ => Channel.CreateUnbounded<SlackInbound>(new() { SingleReader = true }))];
        _redeliveries = redeliveries;
        _window = options.DeduplicationWindow;
        _log = log;
    }

    public IReadOnlyList<ChannelReader<SlackInbound>> Lanes => [.. _lanes.Select(lane => lane.Reader)];

    /// <summary>Queues the work unless it was seen before; false for a duplicate.</summary>
    public async ValueTask<bool> AcceptAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        // Every key is marked, so a copy that shares any one of them is recognised later.
        var fresh = true;
        foreach (var key in inbound.DedupeKeys)
            fresh &= await _redeliveries.FirstSightingAsync(new RedeliveryKey(RedeliveryChannel, key), _window, cancellationToken);
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
