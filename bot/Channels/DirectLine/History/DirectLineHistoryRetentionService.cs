using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.DirectLine.History;

/// <summary>
/// Deletes Direct Line activities older than <see cref="DirectLineOptions.HistoryRetentionDays"/>, at start
/// and then hourly: the history holds what users wrote.
/// </summary>
internal sealed partial class DirectLineHistoryRetentionService(
    IDirectLineHistory history,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineHistoryRetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    /// <summary>Purges once; returns how many activities were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var retentionDays = options.Value.HistoryRetentionDays;
        var purged = await history.PurgeOlderThanAsync(time.GetUtcNow() - TimeSpan.FromDays(retentionDays), cancellationToken);
        if (purged > 0)
            LogPurged(logger, purged, retentionDays);
        return purged;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PurgeInterval, time);
        try
        {
            do
            {
                await PurgeOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task PurgeOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PurgeAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: a failed purge is retried at the next interval rather than stopping the host.
            LogPurgeFailed(logger, exception);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Purged {Count} Direct Line activit(ies) older than {RetentionDays} days")]
    private static partial void LogPurged(ILogger logger, int count, int retentionDays);

    [LoggerMessage(2, LogLevel.Error, "Purging old Direct Line activities failed; trying again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
