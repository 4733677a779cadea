using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>Runs the helpdesk's timers a few times per shortest wait, so a reminder or nudge is late by a quarter of it at most.</summary>
internal sealed partial class HelpdeskTimerService(
    HelpdeskTimers timers,
    IOptions<HelpdeskOptions> options,
    TimeProvider time,
    ILogger<HelpdeskTimerService> logger) : BackgroundService
{
    public static TimeSpan Interval(HelpdeskOptions options) =>
        TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, Math.Min(options.RepingAfter.Ticks, options.RelayIdleAfter.Ticks) / 4));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval(options.Value), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await timers.RunOnceAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: one failed round (a busy database, say) must not stop the next one.
            LogRoundFailed(logger, exception);
        }
    }

    [LoggerMessage(1, LogLevel.Error, "The helpdesk timers failed; trying again at the next interval")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
