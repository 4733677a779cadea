using System.Globalization;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// Conversation state in SQLite; each write is one statement guarded by the ETag it read. Every turn reads
/// and writes its state, so those two go through <see cref="SqliteStateStatements"/>, with their statements prepared
/// once; the rare calls take a pooled connection.
/// </summary>
internal sealed class SqliteStateStore(SqliteDatabase database, TimeProvider time) : IStateStore
{
    private readonly SqliteStateStatements _statements = new(database);

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        _statements.ReadAsync(key, cancellationToken);

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken) =>
        WriteAsync(key, json, expectedETag, [], cancellationToken);

    public async Task<string> WriteAsync(
        string key, string json, string? expectedETag, IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken)
    {
        long? expected = null;
        if (expectedETag is not null)
        {
            if (!long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                throw new StateConflictException(key);
            }
            expected = parsed;
        }
        var etag = await _statements.WriteAsync(key, json, expected, SqliteTime.Format(time.GetUtcNow()), participants, cancellationToken);
        return etag is { } value
            ? value.ToString(CultureInfo.InvariantCulture)
            : throw new StateConflictException(key);
    }

    public Task CommitAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken) =>
        _statements.CommitAsync(participants, cancellationToken);

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
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
