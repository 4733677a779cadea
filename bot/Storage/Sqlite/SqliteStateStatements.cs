using System.Globalization;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// The read and the ETag-guarded writes of conversation state. The read goes to the database's
/// <see cref="SqliteReader"/>, its statement prepared once; the writes go to its <see cref="SqliteWriter"/>, committed
/// together with other turns' writes.
/// </summary>
internal sealed class SqliteStateStatements(SqliteDatabase database)
{
    private const string InsertSql = """
        INSERT INTO conversation_state (key, json, etag, updated_at) VALUES ($key, $json, 1, $now)
        ON CONFLICT (key) DO NOTHING
        RETURNING etag
        """;

    private const string UpdateSql = """
        UPDATE conversation_state SET json = $json, etag = etag + 1, updated_at = $now
        WHERE key = $key AND etag = $expected
        RETURNING etag
        """;

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        database.Reader.ReadAsync("SELECT json, etag FROM conversation_state WHERE key = $key", "$key", key,
            static reader => reader.Read() ? new StoredState(reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture)) : null,
            cancellationToken);

    /// <summary>
    /// Inserts (no <paramref name="expected"/>) or updates the state, with the participants' parts in the same
    /// transaction; the new ETag, or null on a conflict (then nothing is written).
    /// </summary>
    public Task<long?> WriteAsync(
        string key, string json, long? expected, string now, IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken) =>
        database.Writer.WriteAsync(async transaction =>
        {
            var command = transaction.Prepared(expected is null ? InsertSql : UpdateSql);
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$json", json);
            command.Parameters.AddWithValue("$now", now);
            if (expected is { } etag)
                command.Parameters.AddWithValue("$expected", etag);
            var written = await command.ExecuteScalarAsync(CancellationToken.None) as long?;
            if (written is not null)
                await WriteAsync(participants, transaction);
            return written;
        }, static written => written is not null, cancellationToken);

    /// <summary>Writes the participants' parts in one transaction, with no state.</summary>
    public Task CommitAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken) =>
        database.Writer.WriteAsync(transaction => WriteAsync(participants, transaction), cancellationToken);

    // The writer runs every write to the end once it is queued (see SqliteWriter.WriteAsync), so no token reaches the parts.
    private static async Task WriteAsync(IReadOnlyList<IStateWriteParticipant> participants, SqliteStateTransaction transaction)
    {
        foreach (var participant in participants)
            await participant.WriteAsync(transaction, CancellationToken.None);
    }
}
