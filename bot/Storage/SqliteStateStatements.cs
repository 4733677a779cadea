using System.Globalization;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage;

/// <summary>
/// The read and the ETag-guarded writes of conversation state on one open connection, prepared once. Taking a
/// pooled connection and preparing the statements again cost more than running them; one call at a time uses
/// the connection, and SQLite runs one write at a time anyway.
/// </summary>
internal sealed class SqliteStateStatements(SqliteDatabase database) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Prepared? _prepared;

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

    /// <summary>Inserts (no <paramref name="expected"/>) or updates the state; the new ETag, or null on a conflict.</summary>
    public async Task<long?> WriteAsync(string key, string json, long? expected, string now, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var prepared = await PrepareAsync(cancellationToken);
            var command = expected is null ? prepared.Insert : prepared.Update;
            command.Parameters["$key"].Value = key;
            command.Parameters["$json"].Value = json;
            command.Parameters["$now"].Value = now;
            if (expected is { } etag)
            {
                command.Parameters["$expected"].Value = etag;
            }
            return await command.ExecuteScalarAsync(cancellationToken) as long?;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_prepared is { } prepared)
        {
            await prepared.DisposeAsync();
            _prepared = null;
        }
        _gate.Dispose();
    }

    private async Task<Prepared> PrepareAsync(CancellationToken cancellationToken)
    {
        if (_prepared is { } prepared)
            return prepared;
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            prepared = new Prepared(
                connection,
                Command(connection, "SELECT json, etag FROM conversation_state WHERE key = $key", "$key"),
                Command(connection, """
                    INSERT INTO conversation_state (key, json, etag, updated_at) VALUES ($key, $json, 1, $now)
                    ON CONFLICT (key) DO NOTHING
                    RETURNING etag
                    """, "$key", "$json", "$now"),
                Command(connection, """
                    UPDATE conversation_state SET json = $json, etag = etag + 1, updated_at = $now
                    WHERE key = $key AND etag = $expected
                    RETURNING etag
                    """, "$key", "$json", "$now", "$expected"));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return _prepared = prepared;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            // No type: each value is bound as what it is, as AddWithValue did.
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private sealed record Prepared(SqliteConnection Connection, SqliteCommand Read, SqliteCommand Insert, SqliteCommand Update) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Read.DisposeAsync();
            await Insert.DisposeAsync();
            await Update.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
