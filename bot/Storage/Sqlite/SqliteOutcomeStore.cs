using RdpHelpBot.Dialogs.Outcomes;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>Case outcomes in SQLite, oldest case first.</summary>
internal sealed class SqliteOutcomeStore(SqliteDatabase database) : IOutcomeStore
{
    private readonly SqliteJsonTable<CaseOutcome> _table = new(database, "case_outcome", OutcomeJsonContext.Default.CaseOutcome);

    public Task SaveAsync(CaseOutcome outcome, CancellationToken cancellationToken) =>
        _table.UpsertAsync(outcome.CaseId, outcome.Started, outcome, cancellationToken);

    public Task<IReadOnlyList<CaseOutcome>> ListAsync(CancellationToken cancellationToken) => _table.ListAsync(cancellationToken);
}
