using System.Globalization;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>The channels' inbound items in the bot's SQLite file; an item is marked handled in its turn's transaction.</summary>
internal sealed class SqliteInboundStore(SqliteDatabase database) : IInboundStore
{
    public Task<bool> AcceptAsync(InboundItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        // Through the writer: concurrent requests' items are kept in one commit, each answered once it has committed.
        return database.Writer.WriteAsync(async transaction =>
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
    }

    public Task ReleaseAsync(string channel, string id, CancellationToken cancellationToken) =>
        database.Writer.WriteAsync(transaction => RunAsync(transaction, "DELETE FROM inbound_item WHERE channel = $channel AND id = $id AND handled = 0", channel, id),
            cancellationToken);

    public IStateWriteParticipant Handled(string channel, string id) => new HandledParticipant(channel, id);

    public Task MarkHandledAsync(string channel, string id, CancellationToken cancellationToken) =>
        database.Writer.WriteAsync(transaction => RunAsync(transaction, HandledSql, channel, id), cancellationToken);

    public async Task<IReadOnlyList<InboundItem>> TakeUnhandledAsync(string channel, int limit, CancellationToken cancellationToken)
    {
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
            select.Parameters.AddWithValue("$limit", limit);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new InboundItem(channel, reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
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
