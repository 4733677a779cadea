using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Outcomes;

/// <summary>Keeps the outcome of every case, for the report and for learning priors.</summary>
public interface IOutcomeStore
{
    /// <summary>Saves the outcome; saving the same case again replaces it.</summary>
    Task SaveAsync(CaseOutcome outcome, CancellationToken cancellationToken) => SaveAsync(outcome, transaction: null, cancellationToken);

    /// <summary>
    /// Saves the outcome as <see cref="SaveAsync(CaseOutcome, CancellationToken)"/> does, in <paramref name="transaction"/>
    /// when given (the state write of the turn that ended the case), on its own otherwise.
    /// </summary>
    Task SaveAsync(CaseOutcome outcome, IStateTransaction? transaction, CancellationToken cancellationToken);

    Task<IReadOnlyList<CaseOutcome>> ListAsync(CancellationToken cancellationToken);
}
