using System.Globalization;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>The outbox in the bot's SQLite file; rows of a turn are added in the transaction of its state.</summary>
internal sealed class SqliteOutboxStore(SqliteDatabase database) : IOutboxStore
{
    private const string Columns = "id, idempotency_key, kind, destination, payload, created, attempts, next_attempt, state, reason";

    private const string InsertSql = $"""
        INSERT INTO outbox ({Columns})
        VALUES ($id, $key, $kind, $destination, $payload, $created, $attempts, $next, $state, $reason)
        ON CONFLICT (id) DO NOTHING
        """;

    public Task AddAsync(IReadOnlyList<OutboxMessage> messages, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return transaction is not null
            ? InsertAsync(messages, SqliteStateTransaction.Of(transaction))
            : database.Writer.WriteAsync(own => InsertAsync(messages, own), cancellationToken);
    }

    private static async Task InsertAsync(IReadOnlyList<OutboxMessage> messages, SqliteStateTransaction transaction)
    {
        foreach (var message in messages)
        {
            var command = transaction.Prepared(InsertSql);
            Bind(command, message);
            command.Parameters.AddWithValue("$key", message.IdempotencyKey);
            command.Parameters.AddWithValue("$kind", message.Kind);
            command.Parameters.AddWithValue("$destination", message.Destination);
            command.Parameters.AddWithValue("$payload", message.Payload);
            command.Parameters.AddWithValue("$created", SqliteTime.Format(message.Created));
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {Columns} FROM outbox WHERE state = 'Pending' AND next_attempt <= $now ORDER BY next_attempt, created, id LIMIT $limit",
            command =>
            {
                command.Parameters.AddWithValue("$now", SqliteTime.Format(now));
                command.Parameters.AddWithValue("$limit", limit);
            },
            cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxState state, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {Columns} FROM outbox WHERE state = $state ORDER BY created, id",
            command => command.Parameters.AddWithValue("$state", state.ToString()),
            cancellationToken);

    /// <remarks>Through the writer: the marks of replies delivered at the same time are committed together.</remarks>
    public Task UpdateAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return database.Writer.WriteAsync(transaction =>
        {
            var command = transaction.Prepared("UPDATE outbox SET attempts = $attempts, next_attempt = $next, state = $state, reason = $reason WHERE id = $id");
            Bind(command, message);
            return command.ExecuteNonQueryAsync(CancellationToken.None);
        }, cancellationToken);
    }

    public async Task<bool> RequeueAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            UPDATE outbox SET attempts = 0, next_attempt = $next, state = 'Pending', reason = NULL
            WHERE id = $id AND state <> 'Delivered'
            """);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$next", SqliteTime.Format(now));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static void Bind(SqliteCommand command, OutboxMessage message)
    {
        command.Parameters.AddWithValue("$id", message.Id);
        command.Parameters.AddWithValue("$attempts", message.Attempts);
        command.Parameters.AddWithValue("$next", SqliteTime.Format(message.NextAttempt));
        command.Parameters.AddWithValue("$state", message.State.ToString());
        command.Parameters.AddWithValue("$reason", (object?)message.Reason ?? DBNull.Value);
    }

    private async Task<IReadOnlyList<OutboxMessage>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxMessage
            {
                Id = reader.GetString(0),
                IdempotencyKey = reader.GetString(1),
                Kind = reader.GetString(2),
                Destination = reader.GetString(3),
                Payload = reader.GetString(4),
                Created = Time(reader.GetString(5)),
                Attempts = reader.GetInt32(6),
                NextAttempt = Time(reader.GetString(7)),
                State = Enum.Parse<OutboxState>(reader.GetString(8)),
                Reason = reader[9] as string,
            });
        }
        return rows;
    }

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
