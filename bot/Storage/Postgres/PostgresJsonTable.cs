using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// Records kept as JSON rows keyed by id and ordered by a time, so a record can grow without migrations. The table has
/// the columns <c>id</c>, <c>at</c> and <c>json</c> (see <see cref="PostgresSchema"/>).
/// </summary>
internal sealed class PostgresJsonTable<T>(PostgresDatabase database, string table, JsonTypeInfo<T> json)
{
    /// <summary>Inserts the record, or replaces the one with the same id.</summary>
    public Task UpsertAsync(string id, DateTimeOffset at, T record, CancellationToken cancellationToken) =>
        UpsertAsync(id, at, record, transaction: null, cancellationToken);

    /// <summary>Inserts the record, or replaces the one with the same id: in <paramref name="transaction"/> when given (a turn's state write).</summary>
    public Task UpsertAsync(string id, DateTimeOffset at, T record, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        var sql = $"""
            INSERT INTO {table} (id, at, json) VALUES (@id, @at, @json)
            ON CONFLICT (id) DO UPDATE SET at = excluded.at, json = excluded.json
            """;
        if (transaction is null)
            return database.ExecuteAsync(sql, parameters => Bind(parameters, id, at, record), cancellationToken);
        PostgresStateTransaction.Of(transaction).Add(sql, parameters => Bind(parameters, id, at, record));
        return Task.CompletedTask;
    }

    /// <summary>Inserts the record unless one with the same id exists; true when it was inserted.</summary>
    public async Task<bool> TryInsertAsync(string id, DateTimeOffset at, T record, CancellationToken cancellationToken) =>
        await database.ExecuteAsync($"INSERT INTO {table} (id, at, json) VALUES (@id, @at, @json) ON CONFLICT (id) DO NOTHING",
            parameters => Bind(parameters, id, at, record), cancellationToken) == 1;

    /// <summary>The record with this id, or the default when there is none.</summary>
    public async Task<T?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync($"SELECT json FROM {table} WHERE id = @id",
            parameters => parameters.AddWithValue("id", id), reader => reader.GetString(0), cancellationToken);
        return rows.Count == 0 ? default : JsonSerializer.Deserialize(rows[0], json);
    }

    /// <summary>Deletes the record with this id; true when there was one.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        await database.ExecuteAsync($"DELETE FROM {table} WHERE id = @id", parameters => parameters.AddWithValue("id", id), cancellationToken) == 1;

    /// <summary>Every record, oldest first.</summary>
    public Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken) =>
        database.QueryAsync($"SELECT json FROM {table} ORDER BY at, id", _ => { }, Read, cancellationToken);

    /// <summary>The records whose time is at or after <paramref name="since"/>, oldest first.</summary>
    public Task<IReadOnlyList<T>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        database.QueryAsync($"SELECT json FROM {table} WHERE at >= @since ORDER BY at, id",
            parameters => parameters.AddWithValue("since", PostgresTime.Utc(since)), Read, cancellationToken);

    private T Read(Npgsql.NpgsqlDataReader reader) => JsonSerializer.Deserialize(reader.GetString(0), json)!;

    private void Bind(Npgsql.NpgsqlParameterCollection parameters, string id, DateTimeOffset at, T record)
    {
        parameters.AddWithValue("id", id);
        parameters.AddWithValue("at", PostgresTime.Utc(at));
        parameters.AddWithValue("json", JsonSerializer.Serialize(record, json));
    }
}
