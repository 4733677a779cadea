using System.Threading.Channels;
using RdpHelpBot.Bot.Channels.Slack.WebApi;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>Runs the queued Slack work, one item at a time per lane.</summary>
internal sealed class SlackInboxWorker(SlackInbox inbox, SlackTurnProcessor processor, SlackLog log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(inbox.Lanes.Select(lane => RunLaneAsync(lane, stoppingToken)));

    private async Task RunLaneAsync(ChannelReader<SlackInbound> lane, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var inbound in lane.ReadAllAsync(stoppingToken))
            {
                await ProcessAsync(inbound, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is lost with the process, as Slack's redelivery window has passed.
        }
    }

    private async Task ProcessAsync(SlackInbound inbound, CancellationToken stoppingToken)
    {
        try
        {
            await processor.ProcessAsync(inbound, stoppingToken);
        }
        catch (SlackApiException e)
        {
            log.ApiCallFailed(e.Method, e.Error, inbound.LaneKey);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Deliberately broad: one bad item must not stop the lane for everyone after it.
            log.ProcessingFailed(e, inbound.GetType().Name, inbound.LaneKey);
        }
    }
}
