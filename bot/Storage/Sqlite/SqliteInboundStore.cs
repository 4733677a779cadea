using System.Globalization;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// The channels' inbound items in the bot's SQLite file; an item is marked handled in its turn's transaction. One
/// process uses the file, so the claims are kept in that process (<see cref="InProcessInboundClaims"/>), and renewing
/// them reads nothing from the file.
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

    public IStateWriteParticipant Handled(string channel, string id, string owner) => new HandledParticipant(this, channel, id, owner);

    public async Task MarkHandledAsync(string channel, string id, string owner, CancellationToken cancellationToken)
    {
        if (!_claims.IsHeldBy(channel, id, owner))
            return;
        await database.Writer.WriteAsync(transaction => RunAsync(transaction, HandledSql, channel, id), cancellationToken);
        _claims.Forget(channel, id);
    }

    public async Task<InboundRetry> RetryLaterAsync(string channel, string id, InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (!_claims.IsHeldBy(channel, id, claim.Owner))
            return InboundRetry.NotHeld;
        var handled = await database.Writer.WriteAsync(async transaction =>
        {
            var command = transaction.Prepared("""
                UPDATE inbound_item SET handled = (starts + 1 >= $max) WHERE channel = $channel AND id = $id AND handled = 0
                RETURNING handled
                """);
            Bind(command, channel, id);
            command.Parameters.AddWithValue("$max", InboundItem.MaxStarts);
            return await command.ExecuteScalarAsync(CancellationToken.None) is { } value ? Convert.ToBoolean(value, CultureInfo.InvariantCulture) : (bool?)null;
        }, static _ => true, cancellationToken);
        return _claims.Retried(channel, id, claim.Until, handled);
    }

    /// <remarks>Only the claims: an item is forgotten here as it is marked handled, so nothing needs reading.</remarks>
    public Task RenewAsync(InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        _claims.Renew(claim);
        return Task.CompletedTask;
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
        // The claims on purged items go with them: nothing else would forget those never handled.
        command.CommandText = "DELETE FROM inbound_item WHERE received < $cutoff RETURNING channel, id";
        command.Parameters.AddWithValue("$cutoff", SqliteTime.Format(cutoff));
        var purged = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _claims.Forget(reader.GetString(0), reader.GetString(1));
            purged++;
        }
        return purged;
    }

    private const string HandledSql = "UPDATE inbound_item SET handled = 1 WHERE channel = $channel AND id = $id AND handled = 0";

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

    /// <remarks>
    /// The claim is forgotten as the mark is written: should the transaction fail after all, the item is unhandled and
    /// free, and its turn's failure retries it (<see cref="RetryLaterAsync"/>).
    /// </remarks>
    private static async Task<bool> KeptAsync(SqliteStateTransaction transaction, string channel, string id)
    {
        var command = transaction.Prepared("SELECT 1 FROM inbound_item WHERE channel = $channel AND id = $id");
        Bind(command, channel, id);
        return await command.ExecuteScalarAsync(CancellationToken.None) is not null;
    }

    private sealed class HandledParticipant(SqliteInboundStore store, string channel, string id, string owner) : IStateWriteParticipant
    {
        public async Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
        {
            var sqlite = SqliteStateTransaction.Of(transaction);
            // Handled already (an item missing was purged): another turn of the item was kept.
            if (!store._claims.IsHeldBy(channel, id, owner) || (await RunAsync(sqlite, HandledSql, channel, id) == 0 && await KeptAsync(sqlite, channel, id)))
                throw new InboundClaimLostException(channel, id);
            store._claims.Forget(channel, id);
        }
    }
}
