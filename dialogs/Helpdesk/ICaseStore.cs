using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>The cases handed to the helpdesk.</summary>
public interface ICaseStore
{
    /// <summary>
    /// Keeps <paramref name="helpdeskCase"/> with its <see cref="HelpdeskCase.Version"/> one above
    /// <paramref name="expectedVersion"/>, in <paramref name="transaction"/> when given, on its own otherwise.
    /// <paramref name="expectedVersion"/> null adds a new case (one already kept under its id is left as it is);
    /// otherwise the stored case must be at that version, or <see cref="StateConflictException"/> is thrown and
    /// nothing is written: whoever read the case first and saved first wins (a claim, a resolve).
    /// </summary>
    Task<HelpdeskCase> SaveAsync(HelpdeskCase helpdeskCase, long? expectedVersion, IStateTransaction? transaction, CancellationToken cancellationToken);

    Task<HelpdeskCase?> FindAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>The live case (<see cref="HelpdeskCase.IsLive"/>) whose user conversation or one of whose helpdesk threads is <paramref name="conversation"/>.</summary>
    Task<HelpdeskCase?> FindLiveAsync(ConversationKey conversation, CancellationToken cancellationToken);

    /// <summary>The cases, newest hand-over first; only the live ones when <paramref name="liveOnly"/>; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<HelpdeskCase>> ListAsync(bool liveOnly, int limit, CancellationToken cancellationToken);
}
