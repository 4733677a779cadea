using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Conversations;

/// <summary>Sweeps idle conversations every <see cref="ConversationOptions.SweepInterval"/>.</summary>
internal sealed partial class IdleConversationSweepService(
    IdleConversationSweeper sweeper,
    IOptions<ConversationOptions> options,
    TimeProvider time,
    ILogger<IdleConversationSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task SweepOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await sweeper.SweepAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: one failed sweep (a busy database, say) must not stop the next one.
            LogSweepFailed(logger, exception);
        }
    }

    [LoggerMessage(1, LogLevel.Error, "Sweeping idle conversations failed; trying again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
