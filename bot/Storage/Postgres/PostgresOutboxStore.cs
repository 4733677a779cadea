using Microsoft.Extensions.Options;
using Npgsql;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The outbox in PostgreSQL, shared by every instance on the database. Listing the due rows claims them
/// (<c>FOR UPDATE SKIP LOCKED</c>, then <c>claimed_until</c>), so two instances polling together deliver each row
/// once; a row whose claimer stopped before recording the attempt is due again once the claim runs out
/// (<see cref="OutboxOptions.ClaimTimeout"/>, longer than a batch of sends takes).
/// </summary>
internal sealed class PostgresOutboxStore(PostgresDatabase database, IOptions<OutboxOptions>? options = null) : IOutboxStore
{
    private readonly TimeSpan _claimTimeout = (options?.Value ?? new OutboxOptions()).ClaimTimeout;

    private const string Columns = "id, idempotency_key, kind, destination, payload, created, attempts, next_attempt, state, reason";

    private const string InsertSql = $"""
        INSERT INTO outbox ({Columns})
        VALUES (@id, @key, @kind, @destination, @payload, @created, @attempts, @next, @state, @reason)
        ON CONFLICT (id) DO NOTHING
        """;

    public Task AddAsync(IReadOnlyList<OutboxMessage> messages, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (transaction is null)
            return database.InTransactionAsync(own =>
            {
                Insert(messages, own);
                return Task.FromResult(true);
            }, cancellationToken);
        Insert(messages, PostgresStateTransaction.Of(transaction));
        return Task.CompletedTask;
    }

    /// <summary>The rows, sent with the transaction's other statements.</summary>
    private static void Insert(IReadOnlyList<OutboxMessage> messages, PostgresStateTransaction transaction)
    {
        foreach (var message in messages)
        {
            transaction.Add(InsertSql, parameters =>
            {
                Bind(parameters, message);
                parameters.AddWithValue("key", message.IdempotencyKey);
                parameters.AddWithValue("kind", message.Kind);
                parameters.AddWithValue("destination", message.Destination);
                parameters.AddWithValue("payload", message.Payload);
                parameters.AddWithValue("created", PostgresTime.Utc(message.Created));
            });
        }
    }

    /// <remarks>The rows listed are claimed until <paramref name="now"/> + <see cref="OutboxOptions.ClaimTimeout"/>: another instance's listing skips them.</remarks>
    public async Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync($"""
            WITH due AS (
                SELECT id FROM outbox
                WHERE state = 'Pending' AND next_attempt <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
                ORDER BY next_attempt, created, id LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            UPDATE outbox SET claimed_until = @until FROM due WHERE outbox.id = due.id
            RETURNING {Qualified}
            """,
            parameters =>
            {
                parameters.AddWithValue("now", PostgresTime.Utc(now));
                parameters.AddWithValue("until", PostgresTime.Utc(now + _claimTimeout));
                parameters.AddWithValue("limit", limit);
            },
            Read, cancellationToken);
        return [.. rows.OrderBy(row => row.NextAttempt).ThenBy(row => row.Created).ThenBy(row => row.Id, StringComparer.Ordinal)];
    }

    private static string Qualified => string.Join(", ", Columns.Split(", ").Select(column => "outbox." + column));

    public Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxState state, CancellationToken cancellationToken) =>
        database.QueryAsync(
            $"SELECT {Columns} FROM outbox WHERE state = @state ORDER BY created, id",
            parameters => parameters.AddWithValue("state", state.ToString()),
            Read, cancellationToken);

    /// <remarks>Recording the attempt ends the claim.</remarks>
    public Task UpdateAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return database.ExecuteAsync(
            "UPDATE outbox SET attempts = @attempts, next_attempt = @next, state = @state, reason = @reason, claimed_until = NULL WHERE id = @id",
            parameters => Bind(parameters, message), cancellationToken);
    }

    public async Task<bool> RequeueAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("""
            UPDATE outbox SET attempts = 0, next_attempt = @next, state = 'Pending', reason = NULL, claimed_until = NULL
            WHERE id = @id AND state <> 'Delivered'
            """,
            parameters =>
            {
                parameters.AddWithValue("id", id);
                parameters.AddWithValue("next", PostgresTime.Utc(now));
            }, cancellationToken) > 0;

    private static void Bind(NpgsqlParameterCollection parameters, OutboxMessage message)
    {
        parameters.AddWithValue("id", message.Id);
        parameters.AddWithValue("attempts", message.Attempts);
        parameters.AddWithValue("next", PostgresTime.Utc(message.NextAttempt));
        parameters.AddWithValue("state", message.State.ToString());
        parameters.AddWithValue("reason", (object?)message.Reason ?? DBNull.Value);
    }

    private static OutboxMessage Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetString(0),
        IdempotencyKey = reader.GetString(1),
        Kind = reader.GetString(2),
        Destination = reader.GetString(3),
        Payload = reader.GetString(4),
        Created = PostgresTime.Read(reader, 5),
        Attempts = reader.GetInt32(6),
        NextAttempt = PostgresTime.Read(reader, 7),
        State = Enum.Parse<OutboxState>(reader.GetString(8)),
        Reason = reader.IsDBNull(9) ? null : reader.GetString(9),
    };
}
