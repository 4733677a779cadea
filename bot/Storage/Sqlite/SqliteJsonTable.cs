using System.Globalization;
using Microsoft.Data.Sqlite;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// Records kept as JSON rows keyed by id and ordered by a time, so a record can grow without migrations. The
/// table has the columns <c>id</c>, <c>at</c> and <c>json</c> (see <see cref="SqliteDatabase"/>).
/// </summary>
internal sealed class SqliteJsonTable<T>(SqliteDatabase database, string table, JsonTypeInfo<T> json)
{
    /// <summary>Inserts the record, or replaces the one with the same id.</summary>
    public Task UpsertAsync(string id, DateTimeOffset at, T record, CancellationToken cancellationToken) =>
        UpsertAsync(id, at, record, transaction: null, cancellationToken);

    /// <summary>
    /// Inserts the record, or replaces the one with the same id: in <paramref name="transaction"/> when given (a turn's
    /// state write), through the database's writer otherwise.
    /// </summary>
    public Task UpsertAsync(string id, DateTimeOffset at, T record, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        var sql = $"""
            INSERT INTO {table} (id, at, json) VALUES ($id, $at, $json)
            ON CONFLICT (id) DO UPDATE SET at = excluded.at, json = excluded.json
            """;
        return transaction is not null
            ? RunAsync(SqliteStateTransaction.Of(transaction), sql, command => AddRow(command, id, at, record))
            : database.Writer.WriteAsync(own => RunAsync(own, sql, command => AddRow(command, id, at, record)), cancellationToken);
    }

    /// <summary>Inserts the record unless one with the same id exists; true when it was inserted.</summary>
    public Task<bool> TryInsertAsync(string id, DateTimeOffset at, T record, CancellationToken cancellationToken) =>
        database.Writer.WriteAsync(
            async transaction => await RunAsync(transaction, $"INSERT INTO {table} (id, at, json) VALUES ($id, $at, $json) ON CONFLICT (id) DO NOTHING",
                command => AddRow(command, id, at, record)) == 1,
            static _ => true, cancellationToken);

    /// <summary>The record with this id, or the default when there is none.</summary>
    public async Task<T?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT json FROM {table} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? JsonSerializer.Deserialize(text, json) : default;
    }

    /// <summary>Deletes the record with this id; true when there was one.</summary>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        database.Writer.WriteAsync(
            async transaction => await RunAsync(transaction, $"DELETE FROM {table} WHERE id = $id", command => command.Parameters.AddWithValue("$id", id)) == 1,
            static _ => true, cancellationToken);

    private static Task<int> RunAsync(SqliteStateTransaction transaction, string sql, Action<SqliteCommand> bind)
    {
        var command = transaction.Prepared(sql);
        bind(command);
        return command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>Every record, oldest first.</summary>
    public Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken) => ListAsync(DateTimeOffset.MinValue, cancellationToken);

    /// <summary>The records whose time is at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<T>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT json FROM {table} WHERE at >= $since ORDER BY at, id";
        command.Parameters.AddWithValue("$since", Stamp(since));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(JsonSerializer.Deserialize(reader.GetString(0), json)!);
        }
        return records;
    }

    private void AddRow(SqliteCommand command, string id, DateTimeOffset at, T record)
    {
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", Stamp(at));
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(record, json));
    }

    // Fixed-width UTC round-trip text, so comparing the strings compares the times.
    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
