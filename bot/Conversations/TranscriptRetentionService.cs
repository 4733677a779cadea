using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Conversations;

/// <summary>
/// Deletes transcript lines older than <see cref="TranscriptOptions.RetentionDays"/>, at start and then
/// hourly — also when recording is off, so turning it off does not keep old transcripts forever.
/// </summary>
internal sealed partial class TranscriptRetentionService(
    ITranscriptStore transcripts,
    IOptions<TranscriptOptions> options,
    TimeProvider time,
    ILogger<TranscriptRetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    /// <summary>Purges once; returns how many lines were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var purged = await transcripts.PurgeOlderThanAsync(time.GetUtcNow() - options.Value.Retention, cancellationToken);
        if (purged > 0)
            LogPurged(logger, purged, options.Value.RetentionDays);
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

    [LoggerMessage(1, LogLevel.Information, "Purged {Count} transcript line(s) older than {RetentionDays} days")]
    private static partial void LogPurged(ILogger logger, int count, int retentionDays);

    [LoggerMessage(2, LogLevel.Error, "Purging old transcripts failed; trying again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
