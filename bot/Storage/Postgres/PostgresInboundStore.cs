using Npgsql;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The channels' inbound items in PostgreSQL, shared by every instance: a redelivery that reaches another instance is
/// recognised too (<c>INSERT … ON CONFLICT DO NOTHING</c>). An item is marked handled in its turn's transaction.
/// Each item names the instance holding it (<c>claimed_by</c>) and until when (<c>claimed_until</c>): the instance
/// that kept it, or the one that took it over (<c>FOR UPDATE SKIP LOCKED</c>) once that claim had run out. Only the
/// holder marks it handled, so of two instances that ran it (one whose claim ran out while it was still running) only
/// one turn is kept.
/// </summary>
internal sealed class PostgresInboundStore(PostgresDatabase database) : IInboundStore
{
    /// <summary>
    /// Sent with the turn's other statements, which need no answer first: held by another owner, or handled already
    /// (by another turn), the row would be set to a null <c>handled</c>, which the column refuses, failing the whole
    /// transaction in the same round trip.
    /// </summary>
    private const string HandledSql = """
        UPDATE inbound_item SET handled = CASE WHEN claimed_by = @owner AND NOT handled THEN true END
        WHERE channel = @channel AND id = @id
        """;

    public async Task<bool> AcceptAsync(InboundItem item, InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(claim);
        return await database.ExecuteAsync("""
            INSERT INTO inbound_item (channel, id, conversation_key, payload, received, handled, starts, claimed_by, claimed_until)
            VALUES (@channel, @id, @conversation, @payload, @received, false, 0, @owner, @until)
            ON CONFLICT (channel, id) DO NOTHING
            """,
            parameters =>
            {
                Bind(parameters, item.Channel, item.Id);
                BindClaim(parameters, claim);
                parameters.AddWithValue("conversation", item.ConversationKey);
                parameters.AddWithValue("payload", item.Payload);
                parameters.AddWithValue("received", PostgresTime.Utc(item.Received));
            }, cancellationToken) == 1;
    }

    public Task ReleaseAsync(string channel, string id, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM inbound_item WHERE channel = @channel AND id = @id AND NOT handled",
            parameters => Bind(parameters, channel, id), cancellationToken);

    public IStateWriteParticipant Handled(string channel, string id, string owner) => new HandledParticipant(channel, id, owner);

    public Task MarkHandledAsync(string channel, string id, string owner, CancellationToken cancellationToken) =>
        database.ExecuteAsync("UPDATE inbound_item SET handled = true WHERE channel = @channel AND id = @id AND claimed_by = @owner",
            parameters => Bind(parameters, channel, id, owner), cancellationToken);

    public async Task<InboundRetry> RetryLaterAsync(string channel, string id, InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        // Nobody holds it any more, so the owner's renewals leave it, and it is free again once claimed_until has passed.
        var handled = await database.QueryAsync("""
            UPDATE inbound_item SET claimed_by = NULL, claimed_until = @until, handled = starts + 1 >= @max
            WHERE channel = @channel AND id = @id AND claimed_by = @owner AND NOT handled
            RETURNING handled
            """,
            parameters =>
            {
                Bind(parameters, channel, id);
                BindClaim(parameters, claim);
                parameters.AddWithValue("max", InboundItem.MaxStarts);
            },
            reader => reader.GetBoolean(0), cancellationToken);
        return handled switch
        {
            [] => InboundRetry.NotHeld,
            [true] => InboundRetry.GivenUp,
            _ => InboundRetry.Later,
        };
    }

    /// <remarks>Rows another instance is taking at the same moment are skipped, not waited for.</remarks>
    public async Task<IReadOnlyList<InboundItem>> TakeUnhandledAsync(string channel, int limit, InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var items = await database.QueryAsync("""
            WITH taken AS (
                SELECT channel, id FROM inbound_item
                WHERE channel = @channel AND NOT handled AND starts < @max AND (claimed_until IS NULL OR claimed_until <= @now)
                ORDER BY received, arrival LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            UPDATE inbound_item i SET starts = i.starts + 1, claimed_by = @owner, claimed_until = @until FROM taken
            WHERE i.channel = taken.channel AND i.id = taken.id
            RETURNING i.id, i.conversation_key, i.payload, i.received, i.arrival
            """,
            parameters =>
            {
                parameters.AddWithValue("channel", channel);
                parameters.AddWithValue("now", PostgresTime.Utc(claim.Now));
                BindClaim(parameters, claim);
                parameters.AddWithValue("max", InboundItem.MaxStarts);
                parameters.AddWithValue("limit", limit);
            },
            reader => (Item: new InboundItem(channel, reader.GetString(0), reader.GetString(1), reader.GetString(2), PostgresTime.Read(reader, 3)),
                Arrival: reader.GetInt64(4)),
            cancellationToken);
        return [.. items.OrderBy(row => row.Item.Received).ThenBy(row => row.Arrival).Select(row => row.Item)];
    }

    public Task RenewAsync(InboundClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return database.ExecuteAsync("UPDATE inbound_item SET claimed_until = @until WHERE claimed_by = @owner AND NOT handled",
            parameters => BindClaim(parameters, claim), cancellationToken);
    }

    public Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM inbound_item WHERE received < @cutoff",
            parameters => parameters.AddWithValue("cutoff", PostgresTime.Utc(cutoff)), cancellationToken);

    private static void Bind(NpgsqlParameterCollection parameters, string channel, string id)
    {
        parameters.AddWithValue("channel", channel);
        parameters.AddWithValue("id", id);
    }

    private static void Bind(NpgsqlParameterCollection parameters, string channel, string id, string owner)
    {
        Bind(parameters, channel, id);
        parameters.AddWithValue("owner", owner);
    }

    private static void BindClaim(NpgsqlParameterCollection parameters, InboundClaim claim)
    {
        parameters.AddWithValue("owner", claim.Owner);
        parameters.AddWithValue("until", PostgresTime.Utc(claim.Until));
    }

    private sealed class HandledParticipant(string channel, string id, string owner) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
        {
            PostgresStateTransaction.Of(transaction).AddRefusable(HandledSql, parameters => Bind(parameters, channel, id, owner),
                refused => refused is { SqlState: PostgresErrorCodes.NotNullViolation, TableName: "inbound_item", ColumnName: "handled" }
                    ? new InboundClaimLostException(channel, id) : null);
            return Task.CompletedTask;
        }
    }
}
