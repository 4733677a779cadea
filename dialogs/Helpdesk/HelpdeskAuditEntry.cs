using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// One helpdesk action as it is kept: who (the verified id, or the unverified one with <c>unverified:</c> in front), on
/// which case, what, and whether it was allowed; refusals are kept too.
/// </summary>
public sealed record HelpdeskAuditEntry(
    string Id, DateTimeOffset When, string CaseId, string ActorId, string? ActorName, string Action, bool Allowed, string Detail);

/// <summary>The helpdesk's actions, kept for the audit (<c>audit</c> lists them with the host checks).</summary>
public interface IHelpdeskAuditLog
{
    /// <summary>Keeps the entry, in <paramref name="transaction"/> when given (the turn that took the action); an entry whose id is known is replaced.</summary>
    Task RecordAsync(HelpdeskAuditEntry entry, IStateTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>The entries made at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<HelpdeskAuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken);
}

/// <summary>The helpdesk's actions in process memory: for tests and throw-away runs.</summary>
public sealed class InMemoryHelpdeskAuditLog : IHelpdeskAuditLog
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HelpdeskAuditEntry> _entries = new(StringComparer.Ordinal);

    public Task RecordAsync(HelpdeskAuditEntry entry, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
            _entries[entry.Id] = entry;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<HelpdeskAuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<HelpdeskAuditEntry>>([.. _entries.Values.Where(entry => entry.When >= since).OrderBy(entry => entry.When).ThenBy(entry => entry.Id, StringComparer.Ordinal)]);
    }
}
