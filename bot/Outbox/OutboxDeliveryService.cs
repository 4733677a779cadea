using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Outbox;

/// <summary>
/// Delivers the outbox in the background: rows written by this host's turns, and by a terminal chat on the same
/// data, leave within one poll interval while the host runs, or at its next start.
/// </summary>
internal sealed class OutboxDeliveryService(OutboxDelivery delivery, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch may mean more are due: look again at once.
                if (await delivery.DeliverDueAsync(stoppingToken) > 0)
                    continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Deliberately broad: a store that fails for a moment (a locked file) must not end delivery for good.
                OutboxLog.PassFailed(logger, exception);
            }
            await Task.Delay(options.Value.PollInterval, time, stoppingToken);
        }
    }
}
