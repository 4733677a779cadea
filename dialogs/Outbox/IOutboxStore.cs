using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Outbox;

/// <summary>The durable outbox: rows written with the state change that causes them, read by the delivery worker.</summary>
public interface IOutboxStore
{
    /// <summary>
    /// Adds <paramref name="messages"/>, in <paramref name="transaction"/> when given (a turn's state write), on their own
    /// otherwise. A row whose id is already kept is left as it is.
    /// </summary>
    Task AddAsync(IReadOnlyList<OutboxMessage> messages, IStateTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>Pending rows due at <paramref name="now"/>, the earliest due first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The rows in <paramref name="state"/>, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxState state, CancellationToken cancellationToken);

    /// <summary>Records an attempt's result: the row's attempts, next attempt, state and reason.</summary>
    Task UpdateAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Makes a dead or pending row due at <paramref name="now"/> with its attempts counted afresh; false when no such row waits.</summary>
    Task<bool> RequeueAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);
}
