using RdpHelpBot.Bot.Storage;

namespace RdpHelpBot.Bot.Channels.Inbound;

/// <summary>
/// Forgets inbound items after a day: longer than any channel redelivers (Teams and Slack within minutes), and an
/// item not run for that long is too stale to answer.
/// </summary>
internal sealed class InboundRetentionService(IInboundStore store, TimeProvider time, ILogger<InboundRetentionService> logger)
    : RetentionPurgeService(time, logger)
{
    protected override string Records => "inbound item(s)";

    protected override int RetentionDays => 1;

    protected override Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        store.PurgeAsync(cutoff, cancellationToken);
}
