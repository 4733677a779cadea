using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Outbox;

/// <summary>The outbox in process memory: for tests and throw-away runs; lost on restart.</summary>
public sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, OutboxMessage> _rows = new(StringComparer.Ordinal);

    public Task AddAsync(IReadOnlyList<OutboxMessage> messages, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        lock (_lock)
        {
            foreach (var message in messages)
                _rows.TryAdd(message.Id, message);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(Select(rows => rows
            .Where(row => row.State == OutboxState.Pending && row.NextAttempt <= now)
            .OrderBy(row => row.NextAttempt).ThenBy(row => row.Created).ThenBy(row => row.Id, StringComparer.Ordinal)
            .Take(limit)));

    public Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxState state, CancellationToken cancellationToken) =>
        Task.FromResult(Select(rows => rows
            .Where(row => row.State == state)
            .OrderBy(row => row.Created).ThenBy(row => row.Id, StringComparer.Ordinal)));

    public Task UpdateAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_lock)
        {
            if (_rows.ContainsKey(message.Id))
                _rows[message.Id] = message;
        }
        return Task.CompletedTask;
    }

    public Task<bool> RequeueAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var row) || row.State == OutboxState.Delivered)
                return Task.FromResult(false);
            _rows[id] = row with { State = OutboxState.Pending, Attempts = 0, NextAttempt = now, Reason = null };
            return Task.FromResult(true);
        }
    }

    private IReadOnlyList<OutboxMessage> Select(Func<IEnumerable<OutboxMessage>, IEnumerable<OutboxMessage>> query)
    {
        lock (_lock)
            return query(_rows.Values).ToList();
    }
}
