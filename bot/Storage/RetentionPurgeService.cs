using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Storage;

/// <summary>
/// Deletes records older than their retention period, at start and then hourly. A failed purge is retried at the
/// next interval rather than stopping the host.
/// </summary>
internal abstract partial class RetentionPurgeService(TimeProvider time, ILogger logger) : PeriodicBackgroundService(time, logger)
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
        var purged = await PurgeOlderThanAsync(Time.GetUtcNow() - TimeSpan.FromDays(retentionDays), cancellationToken);
        if (purged > 0)
            LogPurged(Logger, purged, Records, retentionDays);
        return purged;
    }

    protected override TimeSpan Interval => PurgeInterval;

    protected override bool RunsAtStart => true;

    protected override string Work => $"Purging old {Records}";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    [LoggerMessage(1, LogLevel.Information, "Purged {Count} {Records} older than {RetentionDays} days")]
    private static partial void LogPurged(ILogger logger, int count, string records, int retentionDays);

}
