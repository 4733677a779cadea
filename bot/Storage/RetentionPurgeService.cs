namespace RdpHelpBot.Bot.Storage;

/// <summary>
/// Deletes records older than their retention period, at start and then hourly. A failed purge is retried at the
/// next interval rather than stopping the host.
/// </summary>
internal abstract partial class RetentionPurgeService(TimeProvider time, ILogger logger) : BackgroundService
{
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    /// <summary>What is purged, as the log names it, e.g. "transcript line(s)".</summary>
    protected abstract string Records { get; }

    protected abstract int RetentionDays { get; }

    protected abstract Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Purges once; returns how many records were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var retentionDays = RetentionDays;
        var purged = await PurgeOlderThanAsync(time.GetUtcNow() - TimeSpan.FromDays(retentionDays), cancellationToken);
        if (purged > 0)
            LogPurged(logger, purged, Records, retentionDays);
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
            LogPurgeFailed(logger, Records, exception);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Purged {Count} {Records} older than {RetentionDays} days")]
    private static partial void LogPurged(ILogger logger, int count, string records, int retentionDays);

    [LoggerMessage(2, LogLevel.Error, "Purging old {Records} failed; trying again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, string records, Exception exception);
}
