using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>Case outcomes in SQLite, oldest case first.</summary>
internal sealed class SqliteOutcomeStore(SqliteDatabase database) : IOutcomeStore
{
    private readonly SqliteJsonTable<CaseOutcome> _table = new(database, "case_outcome", OutcomeJsonContext.Default.CaseOutcome);

    public Task SaveAsync(CaseOutcome outcome, CancellationToken cancellationToken) => SaveAsync(outcome, transaction: null, cancellationToken);

    public Task SaveAsync(CaseOutcome outcome, IStateTransaction? transaction, CancellationToken cancellationToken) =>
        _table.UpsertAsync(outcome.CaseId, outcome.Started, outcome, transaction, cancellationToken);

    public Task<IReadOnlyList<CaseOutcome>> ListAsync(CancellationToken cancellationToken) => _table.ListAsync(cancellationToken);
}
