using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Storage.InMemory;

/// <summary>Keeps checks in memory, listed oldest first as the other engines list them; a later record with the same id replaces the earlier one. Lost on restart.</summary>
internal sealed class InMemoryCheckAuditLog : ICheckAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<CheckAuditEntry> _entries = [];

    /// <summary>Where each id's entry is in <see cref="_entries"/>, so a record does not search the whole log.</summary>
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public IReadOnlyList<CheckAuditEntry> Entries
    {
        get
        {
            lock (_gate)
                return [.. _entries];
        }
    }

    public Task RecordAsync(CheckAuditEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_positions.TryGetValue(entry.Id, out var index))
            {
                _entries[index] = entry;
            }
            else
            {
                _positions[entry.Id] = _entries.Count;
                _entries.Add(entry);
            }
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CheckAuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CheckAuditEntry>>([.. Entries.Where(entry => entry.When >= since).OrderBy(entry => entry.When).ThenBy(entry => entry.Id, StringComparer.Ordinal)]);
}
