namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>Keeps the cases handed to the helpdesk until someone picks them up.</summary>
public interface IEscalationRequestStore
{
    /// <summary>Saves the request; saving the same case again replaces it.</summary>
    Task SaveAsync(EscalationRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<EscalationRequest>> ListAsync(CancellationToken cancellationToken);
}
