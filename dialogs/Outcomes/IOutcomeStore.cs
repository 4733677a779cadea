namespace RdpHelpBot.Dialogs.Outcomes;

/// <summary>Keeps the outcome of every case, for the report and for learning priors.</summary>
public interface IOutcomeStore
{
    /// <summary>Saves the outcome; saving the same case again replaces it.</summary>
    Task SaveAsync(CaseOutcome outcome, CancellationToken cancellationToken);

    Task<IReadOnlyList<CaseOutcome>> ListAsync(CancellationToken cancellationToken);
}
