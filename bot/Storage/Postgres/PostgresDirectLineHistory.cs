using System.Text.Json;
using Npgsql;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The history in PostgreSQL: table <c>directline_activity</c>, one row per activity, and
/// <c>directline_awaiting_turn</c>, the users' messages not answered yet. Several instances may share it: a
/// conversation is held on all of them with an advisory lock, and each write notifies the others (<c>NOTIFY</c> on
/// <see cref="Channel"/>, sent when it commits) that the conversation changed.
/// </summary>
internal sealed class PostgresDirectLineHistory(PostgresDatabase database) : IDirectLineHistory, IDirectLineFeed
{
    /// <summary>The channel the writes notify, with the writing instance and the conversation as the payload.</summary>
    public const string Channel = "directline_activity";

    /// <summary>The first key of the conversations' advisory locks ("DLin"), the second being the hash of the id.</summary>
    private const int HoldLockClass = 0x444C_696E;

    /// <summary>How long the listening connection may be silent before it is asked whether it still answers.</summary>
    private static readonly TimeSpan ListenProbeInterval = TimeSpan.FromSeconds(30);

    /// <summary>This instance, in the payloads: it does not need to hear its own writes.</summary>
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public Task<IReadOnlyList<KeptActivity>> LoadAsync(string conversationId, int max, CancellationToken cancellationToken) =>
        LoadChangesAsync(conversationId, after: long.MinValue, max, cancellationToken);

    public Task AppendAsync(string conversationId, HistoryAppend append, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        if (transaction is null)
            return database.InTransactionAsync(own =>
            {
                Append(conversationId, append, own);
                return Task.FromResult(true);
            }, cancellationToken);
        Append(conversationId, append, PostgresStateTransaction.Of(transaction));
        return Task.CompletedTask;
    }

    /// <summary>The append's statements, sent with the transaction's others (a sequence taken already fails them all).</summary>
    private void Append(string conversationId, HistoryAppend append, PostgresStateTransaction transaction)
    {
        foreach (var activity in append.Activities)
        {
            transaction.Add("""
                INSERT INTO directline_activity (conversation_id, sequence, activity_id, at, json)
                VALUES (@conversation, @sequence, @id, @at, @json)
                """,
                parameters =>
                {
                    parameters.AddWithValue("conversation", conversationId);
                    parameters.AddWithValue("sequence", activity.Sequence);
                    parameters.AddWithValue("id", activity.Id);
                    parameters.AddWithValue("at", PostgresTime.Utc(activity.At));
                    parameters.AddWithValue("json", activity.Activity.GetRawText());
                });
            if (activity.AwaitsTurn)
                Add(transaction, "INSERT INTO directline_awaiting_turn (conversation_id, sequence) VALUES (@conversation, @sequence)",
                    conversationId, activity.Sequence);
        }
        if (append.Answered is { } answered)
            Add(transaction, "DELETE FROM directline_awaiting_turn WHERE conversation_id = @conversation AND sequence = @sequence",
                conversationId, answered);
        if (append.Activities.Count == 0)
            return;
        transaction.Add("SELECT pg_notify(@channel, @payload)", parameters =>
        {
            parameters.AddWithValue("channel", Channel);
            parameters.AddWithValue("payload", $"{_instance} {conversationId}");
        });
        Add(transaction, "DELETE FROM directline_activity WHERE conversation_id = @conversation AND sequence < @sequence",
            conversationId, append.OldestKept);
        Add(transaction, "DELETE FROM directline_awaiting_turn WHERE conversation_id = @conversation AND sequence < @sequence",
            conversationId, append.OldestKept);
    }

    private static void Add(PostgresStateTransaction transaction, string sql, string conversationId, long sequence) =>
        transaction.Add(sql, parameters =>
        {
            parameters.AddWithValue("conversation", conversationId);
            parameters.AddWithValue("sequence", sequence);
        });

    public Task<IReadOnlyList<string>> ListAwaitingTurnAsync(CancellationToken cancellationToken) =>
        database.QueryAsync("SELECT DISTINCT conversation_id FROM directline_awaiting_turn ORDER BY conversation_id",
            _ => { }, reader => reader.GetString(0), cancellationToken);

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async transaction =>
        {
            var purged = await transaction.ExecuteAsync("DELETE FROM directline_activity WHERE at < @cutoff",
                parameters => parameters.AddWithValue("cutoff", PostgresTime.Utc(cutoff)), cancellationToken);
            // A message purged before it was answered has nothing left to answer.
            await transaction.ExecuteAsync("""
                DELETE FROM directline_awaiting_turn w WHERE NOT EXISTS (SELECT 1 FROM directline_activity a
                    WHERE a.conversation_id = w.conversation_id AND a.sequence = w.sequence)
                """, _ => { }, cancellationToken);
            return purged;
        }, cancellationToken);

    public async Task<IAsyncDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            // A lock that ends with its transaction: one held by the session would outlive the hold behind a
            // transaction-mode connection pooler, which hands the server connection to someone else.
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@class, hashtext(@conversation))", connection, transaction);
            command.Parameters.AddWithValue("class", HoldLockClass);
            command.Parameters.AddWithValue("conversation", conversationId);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new ConversationHold(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<KeptActivity>> LoadChangesAsync(string conversationId, long after, int max, CancellationToken cancellationToken)
    {
        var newestFirst = await database.QueryAsync("""
            SELECT a.sequence, a.activity_id, a.at, a.json, w.sequence IS NOT NULL FROM directline_activity a
            LEFT JOIN directline_awaiting_turn w ON w.conversation_id = a.conversation_id AND w.sequence = a.sequence
            WHERE a.conversation_id = @conversation AND (a.sequence > @after OR w.sequence IS NOT NULL)
            ORDER BY a.sequence DESC LIMIT @max
            """,
            parameters =>
            {
                parameters.AddWithValue("conversation", conversationId);
                parameters.AddWithValue("after", after);
                parameters.AddWithValue("max", max);
            },
            reader => new KeptActivity(reader.GetInt64(0), reader.GetString(1), PostgresTime.Read(reader, 2), JsonElement.Parse(reader.GetString(3)), reader.GetBoolean(4)),
            cancellationToken);
        return [.. newestFirst.Reverse()];
    }

    public async Task ListenAsync(Action<string> changed, Action listening, CancellationToken cancellationToken)
    {
        // One connection for the process, whatever the number of conversations and streams.
        await using var connection = await database.OpenAsync(cancellationToken);
        connection.Notification += (_, notification) =>
        {
            if (notification.Payload.Split(' ', 2) is [var instance, var conversationId] && instance != _instance)
                changed(conversationId);
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
            await listen.ExecuteNonQueryAsync(cancellationToken);
        listening();
        try
        {
            while (true)
            {
                if (await connection.WaitAsync(ListenProbeInterval, cancellationToken))
                    continue;
                // A connection cut without a word (a dropped route) would otherwise wait forever, hearing nothing.
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteScalarAsync(cancellationToken);
            }
        }
        finally
        {
            await UnlistenAsync(connection);
        }
    }

    /// <summary>
    /// Stops listening before the connection goes back to the pool, which does not reset it: whoever takes it next
    /// would otherwise be sent every notification. A connection that cannot say it is broken and not pooled again.
    /// </summary>
    private static async Task UnlistenAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
            return;
        try
        {
            await using var unlisten = new NpgsqlCommand("UNLISTEN *", connection);
            await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException)
        {
            // Deliberately swallowed: the listener is stopping anyway, and a connection that failed here is not reused.
        }
    }

    /// <summary>The transaction holding a conversation's advisory lock; disposing it ends both and returns the connection.</summary>
    private sealed class ConversationHold(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.CommitAsync(CancellationToken.None);
            }
            finally
            {
                // A transaction that could not end is rolled back when its connection is closed, which ends its lock.
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }
}
