using System.Text.Json;
using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>The helpdesk tickets opened for cases, in PostgreSQL: one row per case and ticket system, the first one kept.</summary>
internal sealed class PostgresTicketLog(PostgresDatabase database) : ITicketLog
{
    public Task RecordAsync(HelpdeskTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return database.ExecuteAsync("""
            INSERT INTO helpdesk_ticket (case_id, system, at, json) VALUES (@case, @system, @at, @json)
            ON CONFLICT (case_id, system) DO NOTHING
            """,
            parameters =>
            {
                parameters.AddWithValue("case", ticket.CaseId);
                parameters.AddWithValue("system", ticket.System);
                parameters.AddWithValue("at", PostgresTime.Utc(ticket.Created));
                parameters.AddWithValue("json", JsonSerializer.Serialize(ticket, TicketLogJsonContext.Default.HelpdeskTicket));
            }, cancellationToken);
    }

    public Task<IReadOnlyList<HelpdeskTicket>> ForCaseAsync(string caseId, CancellationToken cancellationToken) =>
        database.QueryAsync("SELECT json FROM helpdesk_ticket WHERE case_id = @case ORDER BY at, system",
            parameters => parameters.AddWithValue("case", caseId),
            reader => JsonSerializer.Deserialize(reader.GetString(0), TicketLogJsonContext.Default.HelpdeskTicket)!,
            cancellationToken);
}
