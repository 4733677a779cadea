using System.Text.Json;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>The ratings of resolved cases in PostgreSQL, one row per case; the pending ones are indexed by their conversation.</summary>
internal sealed class PostgresRatingStore(PostgresDatabase database) : IRatingStore
{
    private const string UpsertSql = """
        INSERT INTO case_rating (id, conversation_key, pending, at, json) VALUES (@id, @key, @pending, @at, @json)
        ON CONFLICT (id) DO UPDATE SET conversation_key = excluded.conversation_key, pending = excluded.pending, at = excluded.at, json = excluded.json
        """;

    public Task SaveAsync(CaseRating rating, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        Action<Npgsql.NpgsqlParameterCollection> bind = parameters =>
        {
            parameters.AddWithValue("id", rating.CaseId);
            parameters.AddWithValue("key", rating.Conversation.ToString());
            parameters.AddWithValue("pending", rating.IsPending);
            parameters.AddWithValue("at", PostgresTime.Utc(rating.Asked));
            parameters.AddWithValue("json", JsonSerializer.Serialize(rating, HelpdeskJsonContext.Default.CaseRating));
        };
        if (transaction is null)
            return database.ExecuteAsync(UpsertSql, bind, cancellationToken);
        PostgresStateTransaction.Of(transaction).Add(UpsertSql, bind);
        return Task.CompletedTask;
    }

    public Task<CaseRating?> FindAsync(string caseId, CancellationToken cancellationToken) =>
        FirstAsync("SELECT json FROM case_rating WHERE id = @value", caseId, cancellationToken);

    public Task<CaseRating?> FindPendingAsync(ConversationKey conversation, CancellationToken cancellationToken) =>
        FirstAsync("SELECT json FROM case_rating WHERE conversation_key = @value AND pending ORDER BY at DESC LIMIT 1", conversation.ToString(), cancellationToken);

    public Task<IReadOnlyList<CaseRating>> ListAsync(CancellationToken cancellationToken) =>
        database.QueryAsync("SELECT json FROM case_rating ORDER BY at, id", _ => { }, Read, cancellationToken);

    private async Task<CaseRating?> FirstAsync(string sql, string value, CancellationToken cancellationToken) =>
        (await database.QueryAsync(sql, parameters => parameters.AddWithValue("value", value), Read, cancellationToken)).FirstOrDefault();

    private static CaseRating Read(Npgsql.NpgsqlDataReader reader) =>
        JsonSerializer.Deserialize(reader.GetString(0), HelpdeskJsonContext.Default.CaseRating)!;
}
