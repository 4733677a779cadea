using System.Collections.Concurrent;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Outcomes;

public sealed class InMemoryOutcomeStore : IOutcomeStore
{
    private readonly ConcurrentDictionary<string, CaseOutcome> _outcomes = new(StringComparer.Ordinal);

    public Task SaveAsync(CaseOutcome outcome, CancellationToken cancellationToken) => SaveAsync(outcome, transaction: null, cancellationToken);

    /// <summary>Memory has no transaction: the state store's write lock keeps a turn's parts together.</summary>
    public Task SaveAsync(CaseOutcome outcome, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _outcomes[outcome.CaseId] = outcome;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CaseOutcome>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseOutcome>>(_outcomes.Values.OrderBy(o => o.Started).ThenBy(o => o.CaseId, StringComparer.Ordinal).ToList());
}
