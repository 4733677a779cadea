using System.Collections.Concurrent;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Escalation;

public sealed class InMemoryEscalationRequestStore : IEscalationRequestStore
{
    private readonly ConcurrentDictionary<string, EscalationRequest> requests = new(StringComparer.Ordinal);

    public Task SaveAsync(EscalationRequest request, CancellationToken cancellationToken) => SaveAsync(request, transaction: null, cancellationToken);

    /// <summary>Memory has no transaction: the state store's write lock keeps a turn's parts together.</summary>
    public Task SaveAsync(EscalationRequest request, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        requests[request.CaseId] = request;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<EscalationRequest>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EscalationRequest>>(
            requests.Values.OrderBy(r => r.Requested).ThenBy(r => r.CaseId, StringComparer.Ordinal).ToList());
}
