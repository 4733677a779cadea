using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>Keeps the cases handed to the helpdesk until someone picks them up.</summary>
public interface IEscalationRequestStore
{
    /// <summary>Saves the request; saving the same case again replaces it.</summary>
    Task SaveAsync(EscalationRequest request, CancellationToken cancellationToken) => SaveAsync(request, transaction: null, cancellationToken);

    /// <summary>
    /// Saves the request as <see cref="SaveAsync(EscalationRequest, CancellationToken)"/> does, in <paramref name="transaction"/>
    /// when given (the state write of the turn that handed the case over), on its own otherwise.
    /// </summary>
    Task SaveAsync(EscalationRequest request, IStateTransaction? transaction, CancellationToken cancellationToken);

    Task<IReadOnlyList<EscalationRequest>> ListAsync(CancellationToken cancellationToken);
}
