using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Conversations;

/// <summary>
/// Deletes transcript lines older than <see cref="TranscriptOptions.RetentionDays"/> — also when recording is off,
/// so turning it off does not keep old transcripts forever.
/// </summary>
internal sealed class TranscriptRetentionService(
    ITranscriptStore transcripts,
    IOptions<TranscriptOptions> options,
    TimeProvider time,
    ILogger<TranscriptRetentionService> logger) : RetentionPurgeService(time, logger)
{
    protected override string Records => "transcript line(s)";

    protected override int RetentionDays => options.Value.RetentionDays;

    protected override Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        transcripts.PurgeOlderThanAsync(cutoff, cancellationToken);
}
