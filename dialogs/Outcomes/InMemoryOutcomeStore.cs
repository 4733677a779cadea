using System.Collections.Concurrent;

namespace RdpHelpBot.Dialogs.Outcomes;

public sealed class InMemoryOutcomeStore : IOutcomeStore
{
    private readonly ConcurrentDictionary<string, CaseOutcome> _outcomes = new(StringComparer.Ordinal);

    public Task SaveAsync(CaseOutcome outcome, CancellationToken cancellationToken)
    {
        _outcomes[outcome.CaseId] = outcome;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CaseOutcome>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseOutcome>>(_outcomes.Values.OrderBy(o => o.Started).ThenBy(o => o.CaseId, StringComparer.Ordinal).ToList());
}
