using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RdpHelpBot.Bot.Storage;

/// <summary>
/// Records kept as JSON rows keyed by id and ordered by a time, so a record can grow without migrations. The
/// table has the columns <c>id</c>, <c>at</c> and <c>json</c> (see <see cref="SqliteDatabase"/>).
/// </summary>
internal sealed class SqliteJsonTable<T>(SqliteDatabase database, string table, JsonTypeInfo<T> json)
{
    /// <summary>Inserts the record, or replaces the one with the same id.</summary>
    public async Task UpsertAsync(string id, DateTimeOffset at, T record, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO {table} (id, at, json) VALUES ($id, $at, $json)
            ON CONFLICT (id) DO UPDATE SET at = excluded.at, json = excluded.json
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(record, json));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The record with the id, or null when there is none.</summary>
    public async Task<T?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT json FROM {table} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string found ? JsonSerializer.Deserialize(found, json) : default;
    }

    /// <summary>Every record, oldest first.</summary>
    public async Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT json FROM {table} ORDER BY at, id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(JsonSerializer.Deserialize(reader.GetString(0), json)!);
        }
        return records;
    }
}
