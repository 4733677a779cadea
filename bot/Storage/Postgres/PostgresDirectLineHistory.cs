using System.Text.Json;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The history in PostgreSQL: table <c>directline_activity</c>, one row per activity, and
/// <c>directline_awaiting_turn</c>, the users' messages not answered yet.
/// </summary>
internal sealed class PostgresDirectLineHistory(PostgresDatabase database) : IDirectLineHistory
{
    public async Task<IReadOnlyList<KeptActivity>> LoadAsync(string conversationId, int max, CancellationToken cancellationToken)
    {
        var newestFirst = await database.QueryAsync("""
            SELECT a.sequence, a.activity_id, a.at, a.json, w.sequence IS NOT NULL FROM directline_activity a
            LEFT JOIN directline_awaiting_turn w ON w.conversation_id = a.conversation_id AND w.sequence = a.sequence
            WHERE a.conversation_id = @conversation ORDER BY a.sequence DESC LIMIT @max
            """,
            parameters =>
            {
                parameters.AddWithValue("conversation", conversationId);
                parameters.AddWithValue("max", max);
            },
            reader => new KeptActivity(reader.GetInt64(0), reader.GetString(1), PostgresTime.Read(reader, 2), JsonElement.Parse(reader.GetString(3)), reader.GetBoolean(4)),
            cancellationToken);
        return [.. newestFirst.Reverse()];
    }

    public Task AppendAsync(string conversationId, HistoryAppend append, IStateTransaction? transaction, CancellationToken cancellationToken) =>
        transaction is not null
            ? AppendAsync(conversationId, append, PostgresStateTransaction.Of(transaction), cancellationToken)
            : database.InTransactionAsync(async own =>
            {
                await AppendAsync(conversationId, append, own, cancellationToken);
                return true;
            }, cancellationToken);

    private static async Task AppendAsync(string conversationId, HistoryAppend append, PostgresStateTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var activity in append.Activities)
        {
            await transaction.ExecuteAsync("""
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
                }, cancellationToken);
            if (activity.AwaitsTurn)
                await ExecuteAsync(transaction, "INSERT INTO directline_awaiting_turn (conversation_id, sequence) VALUES (@conversation, @sequence)",
                    conversationId, activity.Sequence, cancellationToken);
        }
        if (append.Answered is { } answered)
            await ExecuteAsync(transaction, "DELETE FROM directline_awaiting_turn WHERE conversation_id = @conversation AND sequence = @sequence",
                conversationId, answered, cancellationToken);
        if (append.Activities.Count == 0)
            return;
        await ExecuteAsync(transaction, "DELETE FROM directline_activity WHERE conversation_id = @conversation AND sequence < @sequence",
            conversationId, append.OldestKept, cancellationToken);
        await ExecuteAsync(transaction, "DELETE FROM directline_awaiting_turn WHERE conversation_id = @conversation AND sequence < @sequence",
            conversationId, append.OldestKept, cancellationToken);
    }

    private static Task<int> ExecuteAsync(PostgresStateTransaction transaction, string sql, string conversationId, long sequence, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(sql, parameters =>
        {
            parameters.AddWithValue("conversation", conversationId);
            parameters.AddWithValue("sequence", sequence);
        }, cancellationToken);

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
}
