using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>Every host check in SQLite, oldest first; the record of a check's findings replaces its decision.</summary>
internal sealed class SqliteCheckAuditLog(SqliteDatabase database) : ICheckAuditLog
{
    private readonly SqliteJsonTable<CheckAuditEntry> _table =
        new(database, "check_audit", CheckAuditJsonContext.Default.CheckAuditEntry);

    public Task RecordAsync(CheckAuditEntry entry, CancellationToken cancellationToken) =>
        _table.UpsertAsync(entry.Id, entry.When, entry, cancellationToken);

    public Task<IReadOnlyList<CheckAuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        _table.ListAsync(since, cancellationToken);
}
