namespace RdpHelpBot.Bot.Hosting;

/// <summary>
/// Runs a piece of work every <see cref="Interval"/> until the host stops. A round that fails is logged and the next
/// one runs as planned: one bad round (a busy database, say) must not stop the work for good.
/// </summary>
internal abstract partial class PeriodicBackgroundService(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    /// <summary>The work in words, as the log names it when a round fails ("sweeping idle conversations").</summary>
    protected abstract string Work { get; }

    /// <summary>Whether a round runs as soon as the host starts, before the first interval has passed.</summary>
    protected virtual bool RunsAtStart => false;

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        try
        {
            if (RunsAtStart)
                await RunRoundAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunRoundAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: see the class summary.
            LogRoundFailed(Logger, Work, exception);
        }
    }

    [LoggerMessage(1, LogLevel.Error, "{Work} failed; trying again at the next interval")]
    private static partial void LogRoundFailed(ILogger logger, string work, Exception exception);
}
