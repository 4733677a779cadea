using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>Cases handed to the helpdesk, in SQLite, oldest request first.</summary>
internal sealed class SqliteEscalationRequestStore(SqliteDatabase database) : IEscalationRequestStore
{
    private readonly SqliteJsonTable<EscalationRequest> _table =
        new(database, "escalation_request", EscalationJsonContext.Default.EscalationRequest);

    public Task SaveAsync(EscalationRequest request, CancellationToken cancellationToken) =>
        _table.UpsertAsync(request.CaseId, request.Requested, request, cancellationToken);

    public Task<IReadOnlyList<EscalationRequest>> ListAsync(CancellationToken cancellationToken) => _table.ListAsync(cancellationToken);
}
