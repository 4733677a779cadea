namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Keeps decisions in memory, oldest first; lost on restart.</summary>
internal sealed class InMemoryCheckAuditLog : ICheckAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<CheckAuditEntry> _entries = [];

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
            _entries.Add(entry);
        return Task.CompletedTask;
    }
}
