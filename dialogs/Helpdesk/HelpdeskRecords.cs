using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// The helpdesk records of the attempt that commits — case saves, audit entries, ratings — written in its transaction.
/// A case saved by someone else since the turn read it fails the write (<see cref="StateConflictException"/>), and the
/// turn runs again on what is stored now.
/// </summary>
internal sealed class HelpdeskRecords(TurnContext turn, HelpdeskServices services) : IStateWriteParticipant
{
    public static bool Any(TurnContext turn) => turn.CaseSaves.Count + turn.Audit.Count + turn.Ratings.Count > 0;

    public async Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var save in turn.CaseSaves)
            await services.Cases.SaveAsync(save.Case, save.ExpectedVersion, transaction, cancellationToken);
        if (services.Audit is { } audit)
        {
            foreach (var entry in turn.Audit)
                await audit.RecordAsync(entry, transaction, cancellationToken);
        }
        if (services.Ratings is { } ratings)
        {
            foreach (var rating in turn.Ratings)
                await ratings.SaveAsync(rating, transaction, cancellationToken);
        }
    }
}
