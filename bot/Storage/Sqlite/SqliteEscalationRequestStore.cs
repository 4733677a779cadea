using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>Cases handed to the helpdesk, in SQLite, oldest request first.</summary>
internal sealed class SqliteEscalationRequestStore(SqliteDatabase database) : IEscalationRequestStore
{
    private readonly SqliteJsonTable<EscalationRequest> _table =
        new(database, "escalation_request", EscalationJsonContext.Default.EscalationRequest);

    public Task SaveAsync(EscalationRequest request, CancellationToken cancellationToken) => SaveAsync(request, transaction: null, cancellationToken);

    public Task SaveAsync(EscalationRequest request, IStateTransaction? transaction, CancellationToken cancellationToken) =>
        _table.UpsertAsync(request.CaseId, request.Requested, request, transaction, cancellationToken);

    public Task<IReadOnlyList<EscalationRequest>> ListAsync(CancellationToken cancellationToken) => _table.ListAsync(cancellationToken);
}
