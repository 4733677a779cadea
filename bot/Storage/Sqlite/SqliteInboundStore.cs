using System.Globalization;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// The channels' inbound items in the bot's SQLite file; an item is marked handled in its turn's transaction. One
/// process uses the file, so the claims are kept in that process (<see cref="InProcessInboundClaims"/>).
/// </summary>
internal sealed class SqliteInboundStore(SqliteDatabase database) : IInboundStore
{
    private readonly InProcessInboundClaims _claims = new();

    public async Task<bool> AcceptAsync(InboundItem item, InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(claim);
        // Through the writer: concurrent requests' items are kept in one commit, each answered once it has committed.
        var accepted = await database.Writer.WriteAsync(async transaction =>
        {
            var command = transaction.Prepared("""
                INSERT INTO inbound_item (channel, id, conversation_key, payload, received, handled, starts)
                VALUES ($channel, $id, $conversation, $payload, $received, 0, 0)
                ON CONFLICT (channel, id) DO NOTHING
                """);
            Bind(command, item.Channel, item.Id);
            command.Parameters.AddWithValue("$conversation", item.ConversationKey);
            command.Parameters.AddWithValue("$payload", item.Payload);
            command.Parameters.AddWithValue("$received", SqliteTime.Format(item.Received));
            return await command.ExecuteNonQueryAsync(CancellationToken.None) == 1;
        }, static _ => true, cancellationToken);
        if (accepted)
            _claims.Claim(item.Channel, item.Id, claim);
        return accepted;
    }

    public async Task ReleaseAsync(string channel, string id, CancellationToken cancellationToken)
    {
        await database.Writer.WriteAsync(transaction => RunAsync(transaction, "DELETE FROM inbound_item WHERE channel = $channel AND id = $id AND handled = 0", channel, id),
            cancellationToken);
        _claims.Forget(channel, id);
    }

    public IStateWriteParticipant Handled(string channel, string id) => new HandledParticipant(channel, id);

    public async Task MarkHandledAsync(string channel, string id, CancellationToken cancellationToken)
    {
        await database.Writer.WriteAsync(transaction => RunAsync(transaction, HandledSql, channel, id), cancellationToken);
        _claims.Forget(channel, id);
    }

    /// <remarks>Also forgets the claims on items handled since (a turn marks its item in its own transaction).</remarks>
    public async Task RenewAsync(InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var unhandled = new HashSet<(string Channel, string Id)>();
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT channel, id FROM inbound_item WHERE handled = 0";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                unhandled.Add((reader.GetString(0), reader.GetString(1)));
        }
        _claims.Renew(claim, unhandled.Contains);
    }

    public async Task<IReadOnlyList<InboundItem>> TakeUnhandledAsync(string channel, int limit, InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var items = new List<InboundItem>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = """
                SELECT id, conversation_key, payload, received FROM inbound_item
                WHERE channel = $channel AND handled = 0 AND starts < $max
                ORDER BY received, rowid LIMIT $limit
                """;
            select.Parameters.AddWithValue("$channel", channel);
            select.Parameters.AddWithValue("$max", InboundItem.MaxStarts);
            // Enough rows to find the limit among those held (queued or running here), which are passed over.
            select.Parameters.AddWithValue("$limit", limit + _claims.Count);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (items.Count < limit && await reader.ReadAsync(cancellationToken))
            {
                if (_claims.TryClaim(channel, reader.GetString(0), claim))
                {
                    items.Add(new InboundItem(channel, reader.GetString(0), reader.GetString(1), reader.GetString(2),
                        DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
                }
            }
        }
        foreach (var item in items)
        {
            await using var started = connection.CreateCommand();
            started.Transaction = transaction;
            started.CommandText = "UPDATE inbound_item SET starts = starts + 1 WHERE channel = $channel AND id = $id";
            Bind(started, channel, item.Id);
            await started.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return items;
    }

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM inbound_item WHERE received < $cutoff";
        command.Parameters.AddWithValue("$cutoff", SqliteTime.Format(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string HandledSql = "UPDATE inbound_item SET handled = 1 WHERE channel = $channel AND id = $id";

    private static void Bind(SqliteCommand command, string channel, string id)
    {
        command.Parameters.AddWithValue("$channel", channel);
        command.Parameters.AddWithValue("$id", id);
    }

    private static Task<int> RunAsync(SqliteStateTransaction transaction, string sql, string channel, string id)
    {
        var command = transaction.Prepared(sql);
        Bind(command, channel, id);
        return command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private sealed class HandledParticipant(string channel, string id) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            RunAsync(SqliteStateTransaction.Of(transaction), HandledSql, channel, id);
    }
}
