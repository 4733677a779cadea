using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>
/// Records on a case the thread its card started once the card is posted, so that what is written in the thread reaches
/// the case. Saved on the version read, and read again when a turn of the case saved first.
/// </summary>
internal sealed partial class CaseThreads(ICaseStore cases, ILogger<CaseThreads> logger)
{
    private const int MaxAttempts = 5;

    public async Task RecordAsync(string caseId, HelpdeskThread thread, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                if (await cases.FindAsync(caseId, cancellationToken) is not { } kept)
                {
                    LogUnknownCase(logger, caseId);
                    return;
                }
                if (kept.Threads.Any(known => known.Thread == thread.Thread))
                    return;
                try
                {
                    await cases.SaveAsync(kept with { Threads = [.. kept.Threads, thread] }, kept.Version, transaction: null, cancellationToken);
                    return;
                }
                catch (StateConflictException)
                {
                    // A turn of the case saved first; read it again.
                }
            }
            LogNotRecorded(logger, caseId, "it kept changing");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately broad: the card is posted; failing the delivery here would only post it twice.
            LogNotRecorded(logger, caseId, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A helpdesk card was posted for case {CaseId}, which is not kept")]
    private static partial void LogUnknownCase(ILogger logger, string caseId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The thread of case {CaseId}'s card was not recorded ({Reason}); replies in it will not reach the case")]
    private static partial void LogNotRecorded(ILogger logger, string caseId, string reason);
}
