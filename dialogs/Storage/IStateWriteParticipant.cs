namespace RdpHelpBot.Dialogs.Storage;

/// <summary>
/// Something a turn keeps besides its state (a channel's reply activities, an outbox of replies to deliver):
/// written in the same transaction as the state, so after a crash both are kept or neither.
/// </summary>
public interface IStateWriteParticipant
{
    /// <summary>Writes this part in <paramref name="transaction"/>, which the store commits afterwards; throwing rolls back the state too.</summary>
    Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken);
}

/// <summary>A store engine's open transaction, for participants that keep their part in the same engine.</summary>
public interface IStateTransaction;

/// <summary>Several parts written in one transaction, in order.</summary>
public sealed class StateWriteParticipants(IReadOnlyList<IStateWriteParticipant> parts) : IStateWriteParticipant
{
    public async Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
            await part.WriteAsync(transaction, cancellationToken);
    }
}
