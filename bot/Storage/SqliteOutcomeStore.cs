using System.Globalization;
using System.Text.Json;
using RdpHelpBot.Dialogs.Outcomes;

namespace RdpHelpBot.Bot.Storage;

/// <summary>Case outcomes as JSON rows, so the outcome record can grow without migrations.</summary>
internal sealed class SqliteOutcomeStore(SqliteDatabase database) : IOutcomeStore
{
    public async Task SaveAsync(CaseOutcome outcome, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO case_outcome (case_id, started, json) VALUES ($id, $started, $json)
            ON CONFLICT (case_id) DO UPDATE SET started = excluded.started, json = excluded.json
            """;
        command.Parameters.AddWithValue("$id", outcome.CaseId);
        command.Parameters.AddWithValue("$started", outcome.Started.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(outcome, OutcomeJsonContext.Default.CaseOutcome));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseOutcome>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM case_outcome ORDER BY started, case_id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var outcomes = new List<CaseOutcome>();
        while (await reader.ReadAsync(cancellationToken))
        {
            outcomes.Add(JsonSerializer.Deserialize(reader.GetString(0), OutcomeJsonContext.Default.CaseOutcome)!);
        }
        return outcomes;
    }
}
