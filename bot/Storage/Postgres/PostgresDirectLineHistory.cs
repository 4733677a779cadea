using System.Text.Json;
using Npgsql;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The history in PostgreSQL: table <c>directline_activity</c>, one row per activity, and
/// <c>directline_awaiting_turn</c>, the users' messages not answered yet. Several instances may share it: a
/// conversation is held on all of them with a lease (<see cref="PostgresLeases"/>, a row naming its holder and until
/// when), and each write notifies the others (<c>NOTIFY</c> on <see cref="Channel"/>, sent when it commits) that the
/// conversation changed.
/// </summary>
/// <remarks>
/// A hold takes a pooled connection only for the statements that take, renew and end its lease, however long the turn
/// holding it runs, so any number of conversations can be held at once. A holder renews its lease every third of
/// <see cref="HoldLease"/>; a stopped instance's holds end when that has passed. Should a holder that stalls lose its
/// lease, the history's key (conversation, sequence) still refuses a second activity of the same number: the later
/// writer's turn fails rather than the history forking.
/// </remarks>
internal sealed class PostgresDirectLineHistory(PostgresDatabase database, TimeProvider? time = null)
    : IDirectLineHistory, IDirectLineFeed
{
    /// <summary>
    /// How long a conversation's lease lasts unless its holder renews it (every third of this): how long a chat whose
    /// instance was killed mid-turn waits before another instance answers it, with the user looking at the page. A
    /// holder loses it only after two renewals in a row did not reach the database (a stall of two thirds of this), and
    /// a renewal is one single-row update, sent only by a hold that lasts longer than a third of this.
    /// </summary>
    private static readonly TimeSpan HoldLease = TimeSpan.FromSeconds(10);

    /// <summary>The channel the writes notify, with the writing instance and the conversation as the payload.</summary>
    public const string Channel = "directline_activity";

    /// <summary>
    /// The channel of activities that are shown and never kept (typing): the sending instance and the conversation,
    /// then the activity's JSON on the next line.
    /// </summary>
    public const string TransientChannel = "directline_transient";

    /// <summary>The most a transient notification carries; PostgreSQL refuses a payload of 8000 bytes or more.</summary>
    private const int MaxTransientPayload = 7_900;

    /// <summary>What the conversations' leases are named: this, then the conversation's id.</summary>
    private const string HoldPrefix = "directline:";

    /// <summary>How long a hold waits before it looks again whether another instance's hold on the conversation has ended; doubled up to <see cref="MaxHoldWait"/>.</summary>
    private static readonly TimeSpan FirstHoldWait = TimeSpan.FromMilliseconds(20);

    private static readonly TimeSpan MaxHoldWait = TimeSpan.FromMilliseconds(500);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly PostgresLeases _leases = new(database);

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
            // The holds of instances that stopped while holding, long run out.
            await transaction.ExecuteAsync("DELETE FROM leases WHERE name LIKE @holds AND expires < @cutoff", parameters =>
            {
                parameters.AddWithValue("holds", HoldPrefix + "%");
                parameters.AddWithValue("cutoff", PostgresTime.Utc(cutoff));
            }, cancellationToken);
            return purged;
        }, cancellationToken);

    /// <remarks>While another instance holds the conversation, its lease is tried again after a short wait, growing to <see cref="MaxHoldWait"/>.</remarks>
    public async Task<IAsyncDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken)
    {
        var name = HoldPrefix + conversationId;
        var holder = $"{_instance}/{Guid.NewGuid():N}";
        for (var wait = FirstHoldWait; ; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, MaxHoldWait.Ticks)))
        {
            var now = _time.GetUtcNow();
            if (await _leases.TryAcquireAsync(name, holder, now, now + HoldLease, cancellationToken) is { } token)
                return new ConversationHold(this, name, holder, token);
            await Task.Delay(wait, _time, cancellationToken);
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

    /// <remarks>Not kept anywhere: an instance that does not listen at that moment never shows it.</remarks>
    public async Task SendTransientAsync(string conversationId, JsonElement activity, CancellationToken cancellationToken)
    {
        var payload = $"{_instance} {conversationId}\n{activity.GetRawText()}";
        if (System.Text.Encoding.UTF8.GetByteCount(payload) > MaxTransientPayload)
            return;
        try
        {
            await database.ExecuteAsync("SELECT pg_notify(@channel, @payload)", parameters =>
            {
                parameters.AddWithValue("channel", TransientChannel);
                parameters.AddWithValue("payload", payload);
            }, cancellationToken);
        }
        catch (NpgsqlException)
        {
            // Deliberately swallowed: the bot typing on a stream elsewhere is a courtesy, not worth failing the turn.
        }
    }

    public async Task ListenAsync(Action<string> changed, Action<string, JsonElement> transient, Action listening, CancellationToken cancellationToken)
    {
        // One connection for the process, whatever the number of conversations and streams.
        await using var connection = await database.OpenAsync(cancellationToken);
        connection.Notification += (_, notification) =>
        {
            if (notification.Channel == TransientChannel)
            {
                if (ReadTransient(notification.Payload) is var (from, conversationId, activity) && from != _instance)
                    transient(conversationId, activity);
            }
            else if (notification.Payload.Split(' ', 2) is [var instance, var conversationId] && instance != _instance)
                changed(conversationId);
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}; LISTEN {TransientChannel}", connection))
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

    private static (string Instance, string ConversationId, JsonElement Activity)? ReadTransient(string payload)
    {
        if (payload.Split('\n', 2) is not [var head, var json] || head.Split(' ', 2) is not [var instance, var conversationId])
            return null;
        try
        {
            return (instance, conversationId, JsonElement.Parse(json));
        }
        catch (JsonException)
        {
            return null;
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

    /// <summary>A conversation's lease, renewed until it is disposed, which ends it.</summary>
    private sealed class ConversationHold : IAsyncDisposable
    {
        private readonly PostgresDirectLineHistory _history;
        private readonly string _name;
        private readonly string _holder;
        private readonly long _token;
        private readonly CancellationTokenSource _ending = new();
        private readonly Task _renewing;

        public ConversationHold(PostgresDirectLineHistory history, string name, string holder, long token)
        {
            (_history, _name, _holder, _token) = (history, name, holder, token);
            _renewing = RenewAsync(_ending.Token);
        }

        private async Task RenewAsync(CancellationToken ending)
        {
            using var timer = new PeriodicTimer(HoldLease / 3, _history._time);
            try
            {
                while (await timer.WaitForNextTickAsync(ending))
                {
                    var now = _history._time.GetUtcNow();
                    try
                    {
                        if (!await _history._leases.RenewAsync(_name, _holder, _token, now, now + HoldLease, ending))
                            return;
                    }
                    catch (Exception e) when (e is NpgsqlException or TimeoutException)
                    {
                        // Deliberately swallowed: the next tick tries again, and a lease that runs out meanwhile is
                        // guarded by the history's key (see the class's remarks).
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The hold is ending.
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _ending.CancelAsync();
            await _renewing;
            _ending.Dispose();
            try
            {
                await _history._leases.EndAsync(_name, _holder, CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // Deliberately swallowed: a lease that cannot be ended now runs out by itself.
            }
        }
    }
}
