using System.Globalization;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// The read and the ETag-guarded writes of conversation state. The read runs on one open connection with its
/// statement prepared once (taking a pooled connection and preparing again cost more than running it), one call at
/// a time; the writes go to the database's <see cref="SqliteWriter"/>, committed together with other turns' writes.
/// </summary>
internal sealed class SqliteStateStatements(SqliteDatabase database) : IAsyncDisposable
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

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (SqliteConnection Connection, SqliteCommand Read)? _reader;

    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var read = (await PrepareAsync(cancellationToken)).Read;
            read.Parameters["$key"].Value = key;
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new StoredState(reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))
                : null;
        }
        finally
        {
            _gate.Release();
        }
    }

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

    public async ValueTask DisposeAsync()
    {
        if (_reader is { } reader)
        {
            await reader.Read.DisposeAsync();
            await reader.Connection.DisposeAsync();
            _reader = null;
        }
        _gate.Dispose();
    }

    private async Task<(SqliteConnection Connection, SqliteCommand Read)> PrepareAsync(CancellationToken cancellationToken)
    {
        if (_reader is { } prepared)
            return prepared;
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            var read = connection.CreateCommand();
            read.CommandText = "SELECT json, etag FROM conversation_state WHERE key = $key";
            // No type: the value is bound as what it is, as AddWithValue did.
            read.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
            read.Prepare();
            return (_reader = (connection, read)).Value;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
