using System.Globalization;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// Conversation state in PostgreSQL; each write is one statement guarded by the ETag it read, in one transaction with
/// the turn's other parts (its replies' outbox rows, its inbound item's handled mark). Under READ COMMITTED a second
/// writer from the same read waits for the first one's row lock and then finds the ETag moved: exactly one wins, on
/// one instance or several.
/// </summary>
internal sealed class PostgresStateStore(PostgresDatabase database, TimeProvider time) : IStateStore
{
    // The ETag each writes is known without reading it back: 1, or the one expected + 1.
    private const string InsertSql = """
        INSERT INTO conversation_state (key, json, etag, updated_at) VALUES (@key, @json, 1, @now)
        ON CONFLICT (key) DO NOTHING
        """;

    private const string UpdateSql = """
        UPDATE conversation_state SET json = @json, etag = etag + 1, updated_at = @now
        WHERE key = @key AND etag = @expected
        """;

    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync(
            "SELECT json, etag FROM conversation_state WHERE key = @key",
            parameters => parameters.AddWithValue("key", key),
            reader => new StoredState(reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture)),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken) =>
        WriteAsync(key, json, expectedETag, [], cancellationToken);

    public async Task<string> WriteAsync(
        string key, string json, string? expectedETag, IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken)
    {
        long? expected = null;
        if (expectedETag is not null)
        {
            if (!long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                throw new StateConflictException(key);
            expected = parsed;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = new PostgresStateTransaction(connection);
        // Answered first (its BEGIN in the same round trip): the participants are not asked to write for a state that was refused.
        var written = await transaction.ExecuteAsync(expected is null ? InsertSql : UpdateSql, parameters =>
        {
            parameters.AddWithValue("key", key);
            parameters.AddWithValue("json", json);
            parameters.AddWithValue("now", PostgresTime.Utc(time.GetUtcNow()));
            if (expected is { } etag)
                parameters.AddWithValue("expected", etag);
        }, cancellationToken);
        if (written == 0)
            throw new StateConflictException(key);
        // Their statements are sent together, in one round trip before the COMMIT, unless one needs an answer first.
        foreach (var participant in participants)
            await participant.WriteAsync(transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ((expected ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
    }

    public Task CommitAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async transaction =>
        {
            foreach (var participant in participants)
                await participant.WriteAsync(transaction, cancellationToken);
            return true;
        }, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM conversation_state WHERE key = @key", parameters => parameters.AddWithValue("key", key), cancellationToken);

    public Task<IReadOnlyList<StateVersion>> ListWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.QueryAsync(
            "SELECT key, etag FROM conversation_state WHERE updated_at < @cutoff ORDER BY key",
            parameters => parameters.AddWithValue("cutoff", PostgresTime.Utc(cutoff)),
            reader => new StateVersion(reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture)),
            cancellationToken);
}
