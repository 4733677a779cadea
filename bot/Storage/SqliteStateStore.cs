using System.Globalization;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage;

/// <summary>Conversation state in SQLite; each write is one statement guarded by the ETag it read.</summary>
internal sealed class SqliteStateStore(SqliteDatabase database, TimeProvider time) : IStateStore
{
    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag FROM conversation_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredState(reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))
            : null;
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = write.Connection.CreateCommand();
        if (expectedETag is null)
        {
            command.CommandText = """
                INSERT INTO conversation_state (key, json, etag, updated_at) VALUES ($key, $json, 1, $now)
                ON CONFLICT (key) DO NOTHING
                RETURNING etag
                """;
        }
        else
        {
            if (!long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
            {
                throw new StateConflictException(key);
            }
            command.CommandText = """
                UPDATE conversation_state SET json = $json, etag = etag + 1, updated_at = $now
                WHERE key = $key AND etag = $expected
                RETURNING etag
                """;
            command.Parameters.AddWithValue("$expected", expected);
        }
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$now", SqliteTime.Format(time.GetUtcNow()));
        var etag = await command.ExecuteScalarAsync(cancellationToken);
        return etag is long value
            ? value.ToString(CultureInfo.InvariantCulture)
            : throw new StateConflictException(key);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = write.Connection.CreateCommand();
        command.CommandText = "DELETE FROM conversation_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StateVersion>> ListWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, etag FROM conversation_state WHERE updated_at < $cutoff ORDER BY key";
        command.Parameters.AddWithValue("$cutoff", SqliteTime.Format(cutoff));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<StateVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new StateVersion(reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture)));
        }
        return versions;
    }
}
