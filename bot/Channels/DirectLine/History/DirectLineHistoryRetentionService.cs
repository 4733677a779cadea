using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Storage;

namespace RdpHelpBot.Bot.Channels.DirectLine.History;

/// <summary>Deletes Direct Line activities older than <see cref="DirectLineOptions.HistoryRetentionDays"/>: the history holds what users wrote.</summary>
internal sealed class DirectLineHistoryRetentionService(
    IDirectLineHistory history,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineHistoryRetentionService> logger) : RetentionPurgeService(time, logger)
{
    protected override string Records => "Direct Line activities";

    protected override int RetentionDays => options.Value.HistoryRetentionDays;

    protected override Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        history.PurgeOlderThanAsync(cutoff, cancellationToken);
}
