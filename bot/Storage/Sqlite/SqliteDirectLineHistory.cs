using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Bot.Channels.DirectLine.History;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// The history in the bot's SQLite file: table <c>directline_activity</c>, one row per activity, and
/// <c>directline_awaiting_turn</c>, the users' messages not answered yet.
/// </summary>
internal sealed class SqliteDirectLineHistory(SqliteDatabase database) : IDirectLineHistory
{
    public async Task<IReadOnlyList<KeptActivity>> LoadAsync(string conversationId, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.sequence, a.activity_id, a.at, a.json, w.sequence IS NOT NULL FROM directline_activity a
            LEFT JOIN directline_awaiting_turn w ON w.conversation_id = a.conversation_id AND w.sequence = a.sequence
            WHERE a.conversation_id = $conversation ORDER BY a.sequence DESC LIMIT $max
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var newestFirst = new List<KeptActivity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            newestFirst.Add(new KeptActivity(
                reader.GetInt64(0),
                reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                JsonElement.Parse(reader.GetString(3)),
                reader.GetBoolean(4)));
        }
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task AppendAsync(string conversationId, HistoryAppend append, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await AppendAsync(conversationId, append, SqliteStateTransaction.Of(transaction), cancellationToken);
            return;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var own = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await AppendAsync(conversationId, append, new SqliteStateTransaction(connection, own), cancellationToken);
        await own.CommitAsync(cancellationToken);
    }

    private static async Task AppendAsync(string conversationId, HistoryAppend append, SqliteStateTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var activity in append.Activities)
        {
            await using var insert = transaction.CreateCommand("""
                INSERT INTO directline_activity (conversation_id, sequence, activity_id, at, json)
                VALUES ($conversation, $sequence, $id, $at, $json)
                """);
            insert.Parameters.AddWithValue("$conversation", conversationId);
            insert.Parameters.AddWithValue("$sequence", activity.Sequence);
            insert.Parameters.AddWithValue("$id", activity.Id);
            insert.Parameters.AddWithValue("$at", SqliteTime.Format(activity.At));
            insert.Parameters.AddWithValue("$json", activity.Activity.GetRawText());
            await insert.ExecuteNonQueryAsync(cancellationToken);
            if (activity.AwaitsTurn)
                await ExecuteAsync(transaction, "INSERT INTO directline_awaiting_turn (conversation_id, sequence) VALUES ($conversation, $sequence)",
                    conversationId, activity.Sequence, cancellationToken);
        }
        if (append.Answered is { } answered)
            await ExecuteAsync(transaction, "DELETE FROM directline_awaiting_turn WHERE conversation_id = $conversation AND sequence = $sequence",
                conversationId, answered, cancellationToken);
        if (append.Activities.Count == 0)
            return;
        await ExecuteAsync(transaction, "DELETE FROM directline_activity WHERE conversation_id = $conversation AND sequence < $sequence",
            conversationId, append.OldestKept, cancellationToken);
        await ExecuteAsync(transaction, "DELETE FROM directline_awaiting_turn WHERE conversation_id = $conversation AND sequence < $sequence",
            conversationId, append.OldestKept, cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteStateTransaction transaction, string sql, string conversationId, long sequence, CancellationToken cancellationToken)
    {
        await using var command = transaction.CreateCommand(sql);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$sequence", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListAwaitingTurnAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT conversation_id FROM directline_awaiting_turn ORDER BY conversation_id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetString(0));
        return ids;
    }

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var purge = connection.CreateCommand();
        purge.CommandText = "DELETE FROM directline_activity WHERE at < $cutoff";
        purge.Parameters.AddWithValue("$cutoff", SqliteTime.Format(cutoff));
        var purged = await purge.ExecuteNonQueryAsync(cancellationToken);
        // A message purged before it was answered has nothing left to answer.
        await using var orphans = connection.CreateCommand();
        orphans.CommandText = """
            DELETE FROM directline_awaiting_turn WHERE NOT EXISTS (SELECT 1 FROM directline_activity a
                WHERE a.conversation_id = directline_awaiting_turn.conversation_id AND a.sequence = directline_awaiting_turn.sequence)
            """;
        await orphans.ExecuteNonQueryAsync(cancellationToken);
        return purged;
    }
}
