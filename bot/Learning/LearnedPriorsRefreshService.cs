using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Learning;

namespace RdpHelpBot.Bot.Learning;

/// <summary>Rebuilds the learned priors at start-up and then every <c>Learning:RefreshInterval</c>.</summary>
internal sealed partial class LearnedPriorsRefreshService(
    LearnedPriorsRefresher refresher,
    IOptions<LearningOptions> options,
    TimeProvider time,
    ILogger<LearnedPriorsRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        try
        {
            do
            {
                await RefreshAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    // A store that cannot be read now (a locked file, a full disk) must not stop learning for good: the
    // previous priors stay in use and the next tick tries again.
    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        try
        {
            var snapshot = await refresher.RefreshAsync(stoppingToken);
            LogRefreshed(snapshot.Counts.Cases);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRefreshFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Learned priors rebuilt from {ResolvedCases} resolved cases")]
    private partial void LogRefreshed(int resolvedCases);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not rebuild the learned priors; the previous ones stay in use")]
    private partial void LogRefreshFailed(Exception exception);
}
