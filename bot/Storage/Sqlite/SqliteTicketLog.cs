using System.Text.Json;
using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>The helpdesk tickets opened for cases, in SQLite: one row per case and ticket system, the first one kept.</summary>
internal sealed class SqliteTicketLog(SqliteDatabase database) : ITicketLog
{
    public async Task RecordAsync(HelpdeskTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO helpdesk_ticket (case_id, system, at, json) VALUES ($case, $system, $at, $json)
            ON CONFLICT (case_id, system) DO NOTHING
            """;
        command.Parameters.AddWithValue("$case", ticket.CaseId);
        command.Parameters.AddWithValue("$system", ticket.System);
        command.Parameters.AddWithValue("$at", SqliteTime.Format(ticket.Created));
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(ticket, TicketLogJsonContext.Default.HelpdeskTicket));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<HelpdeskTicket>> ForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM helpdesk_ticket WHERE case_id = $case ORDER BY at, system";
        command.Parameters.AddWithValue("$case", caseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<HelpdeskTicket>();
        while (await reader.ReadAsync(cancellationToken))
            tickets.Add(JsonSerializer.Deserialize(reader.GetString(0), TicketLogJsonContext.Default.HelpdeskTicket)!);
        return tickets;
    }
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(HelpdeskTicket))]
internal sealed partial class TicketLogJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
