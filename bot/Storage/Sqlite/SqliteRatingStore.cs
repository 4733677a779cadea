using System.Text.Json;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>The ratings of resolved cases in SQLite, one row per case; the pending ones are indexed by their conversation.</summary>
internal sealed class SqliteRatingStore(SqliteDatabase database) : IRatingStore
{
    private const string UpsertSql = """
        INSERT INTO case_rating (id, conversation_key, pending, at, json) VALUES ($id, $key, $pending, $at, $json)
        ON CONFLICT (id) DO UPDATE SET conversation_key = excluded.conversation_key, pending = excluded.pending, at = excluded.at, json = excluded.json
        """;

    public async Task SaveAsync(CaseRating rating, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        if (transaction is not null)
        {
            await using var inTurn = SqliteStateTransaction.Of(transaction).CreateCommand(UpsertSql);
            await WriteAsync(inTurn, rating, cancellationToken);
            return;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = UpsertSql;
        await WriteAsync(command, rating, cancellationToken);
    }

    public Task<CaseRating?> FindAsync(string caseId, CancellationToken cancellationToken) =>
        FirstAsync("SELECT json FROM case_rating WHERE id = $value", caseId, cancellationToken);

    public Task<CaseRating?> FindPendingAsync(ConversationKey conversation, CancellationToken cancellationToken) =>
        FirstAsync("SELECT json FROM case_rating WHERE conversation_key = $value AND pending = 1 ORDER BY at DESC LIMIT 1", conversation.ToString(), cancellationToken);

    public async Task<IReadOnlyList<CaseRating>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM case_rating ORDER BY at, id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ratings = new List<CaseRating>();
        while (await reader.ReadAsync(cancellationToken))
            ratings.Add(JsonSerializer.Deserialize(reader.GetString(0), HelpdeskJsonContext.Default.CaseRating)!);
        return ratings;
    }

    // Every turn asks for the conversation's pending rating (see SqliteReader).
    private Task<CaseRating?> FirstAsync(string sql, string value, CancellationToken cancellationToken) =>
        database.Reader.ReadAsync(sql, "$value", value,
            static reader => reader.Read() ? JsonSerializer.Deserialize(reader.GetString(0), HelpdeskJsonContext.Default.CaseRating) : null,
            cancellationToken);

    private static async Task WriteAsync(SqliteCommand command, CaseRating rating, CancellationToken cancellationToken)
    {
        command.Parameters.AddWithValue("$id", rating.CaseId);
        command.Parameters.AddWithValue("$key", rating.Conversation.ToString());
        command.Parameters.AddWithValue("$pending", rating.IsPending ? 1 : 0);
        command.Parameters.AddWithValue("$at", SqliteTime.Format(rating.Asked));
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(rating, HelpdeskJsonContext.Default.CaseRating));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
