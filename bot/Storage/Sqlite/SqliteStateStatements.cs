using System.Globalization;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

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

    /// <summary>
    /// Inserts (no <paramref name="expected"/>) or updates the state, with the participants' parts in the same
    /// transaction; the new ETag, or null on a conflict (then nothing is written).
    /// </summary>
    public async Task<long?> WriteAsync(
        string key, string json, long? expected, string now, IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken)
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
            if (participants.Count == 0)
            {
                return await command.ExecuteScalarAsync(cancellationToken) as long?;
            }
            return await InTransactionAsync(prepared, async transaction =>
            {
                command.Transaction = transaction;
                var written = await command.ExecuteScalarAsync(cancellationToken) as long?;
                if (written is not null)
                {
                    await WriteAsync(participants, new SqliteStateTransaction(prepared.Connection, transaction), cancellationToken);
                }
                return written;
            }, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes the participants' parts in one transaction, with no state.</summary>
    public async Task CommitAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var prepared = await PrepareAsync(cancellationToken);
            await InTransactionAsync<bool>(prepared, async transaction =>
            {
                await WriteAsync(participants, new SqliteStateTransaction(prepared.Connection, transaction), cancellationToken);
                return true;
            }, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> in an immediate transaction, committed when it returns non-null (a conflict writes nothing).</summary>
    private static async Task<T?> InTransactionAsync<T>(Prepared prepared, Func<SqliteTransaction, Task<T?>> work, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await prepared.Connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work(transaction);
            if (result is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            return result;
        }
        finally
        {
            // The prepared statements outlive the transaction; leaving it on them would fail their next use.
            prepared.Read.Transaction = prepared.Insert.Transaction = prepared.Update.Transaction = null;
        }
    }

    private static async Task WriteAsync(IReadOnlyList<IStateWriteParticipant> participants, SqliteStateTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var participant in participants)
        {
            await participant.WriteAsync(transaction, cancellationToken);
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
