using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>The helpdesk's actions in SQLite, oldest first.</summary>
internal sealed class SqliteHelpdeskAuditLog(SqliteDatabase database) : IHelpdeskAuditLog
{
    private readonly SqliteJsonTable<HelpdeskAuditEntry> _table =
        new(database, "helpdesk_audit", HelpdeskJsonContext.Default.HelpdeskAuditEntry);

    public Task RecordAsync(HelpdeskAuditEntry entry, IStateTransaction? transaction, CancellationToken cancellationToken) =>
        _table.UpsertAsync(entry.Id, entry.When, entry, transaction, cancellationToken);

    public Task<IReadOnlyList<HelpdeskAuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        _table.ListAsync(since, cancellationToken);
}
