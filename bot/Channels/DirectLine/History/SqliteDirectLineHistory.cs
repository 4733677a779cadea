using System.Globalization;
using System.Text.Json;
using RdpHelpBot.Bot.Storage;

namespace RdpHelpBot.Bot.Channels.DirectLine.History;

/// <summary>The history in the bot's SQLite file (table <c>directline_activity</c>), one row per activity.</summary>
internal sealed class SqliteDirectLineHistory(SqliteDatabase database) : IDirectLineHistory
{
    public async Task<IReadOnlyList<KeptActivity>> LoadAsync(string conversationId, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, activity_id, at, json FROM directline_activity
            WHERE conversation_id = $conversation ORDER BY sequence DESC LIMIT $max
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
                JsonElement.Parse(reader.GetString(3))));
        }
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task AppendAsync(string conversationId, KeptActivity activity, long oldestKept, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO directline_activity (conversation_id, sequence, activity_id, at, json)
                VALUES ($conversation, $sequence, $id, $at, $json)
                """;
            insert.Parameters.AddWithValue("$conversation", conversationId);
            insert.Parameters.AddWithValue("$sequence", activity.Sequence);
            insert.Parameters.AddWithValue("$id", activity.Id);
            insert.Parameters.AddWithValue("$at", SqliteTime.Format(activity.At));
            insert.Parameters.AddWithValue("$json", activity.Activity.GetRawText());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var trim = connection.CreateCommand())
        {
            trim.CommandText = "DELETE FROM directline_activity WHERE conversation_id = $conversation AND sequence < $oldest";
            trim.Parameters.AddWithValue("$conversation", conversationId);
            trim.Parameters.AddWithValue("$oldest", oldestKept);
            await trim.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM directline_activity WHERE at < $cutoff";
        command.Parameters.AddWithValue("$cutoff", SqliteTime.Format(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
