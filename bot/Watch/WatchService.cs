using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// Runs a pass at start and then every <see cref="WatchOptions.Interval"/>, moved by up to ±10 % at random so that
/// instances started together spread out; the lease keeps two from running a pass at once. A pass skipped because the
/// lease was held is tried again once the lease could have lapsed, so a holder that died mid-pass (killed, its machine
/// lost) delays the watch by <see cref="WatchOptions.LeaseDuration"/>, not by a whole interval. Delivery is the outbox
/// worker's job.
/// </summary>
internal sealed partial class WatchService(WatchPass pass, IOptions<WatchOptions> options, TimeProvider time, ILogger<WatchService> logger) : BackgroundService
{
    /// <summary>The jitter's random source, between 0 and 1; tests pin it.</summary>
    internal Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = NextWait();
            try
            {
                if (await pass.RunAsync(stoppingToken) is null)
                    wait = options.Value.LeaseDuration;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Deliberately broad: a store that fails for a moment must not end the watch for good.
                LogPassFailed(logger, exception);
            }
            await Task.Delay(wait, time, stoppingToken);
        }
    }

    internal TimeSpan NextWait() => options.Value.Interval * (0.9 + (0.2 * Random()));

    [LoggerMessage(1, LogLevel.Error, "Certificate watch: the pass failed; the next one runs at the usual interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
