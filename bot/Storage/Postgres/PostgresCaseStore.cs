using System.Text.Json;
using Npgsql;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// Helpdesk cases in PostgreSQL: one row per case with its version, and, for a live case, one row per conversation it is
/// reached by in <c>helpdesk_case_conversation</c>. A save names the version it read and the update is guarded by it,
/// so of two agents claiming the same case on two instances, the one whose update commits first wins; the other's
/// waits for its row lock, finds the version moved and is refused.
/// </summary>
internal sealed class PostgresCaseStore(PostgresDatabase database) : ICaseStore
{
    private const string Select = "SELECT json, version FROM helpdesk_case";

    public Task<HelpdeskCase> SaveAsync(HelpdeskCase helpdeskCase, long? expectedVersion, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(helpdeskCase);
        return transaction is not null
            ? SaveAsync(PostgresStateTransaction.Of(transaction), helpdeskCase, expectedVersion, cancellationToken)
            : database.InTransactionAsync(own => SaveAsync(own, helpdeskCase, expectedVersion, cancellationToken), cancellationToken);
    }

    private static async Task<HelpdeskCase> SaveAsync(
        PostgresStateTransaction transaction, HelpdeskCase helpdeskCase, long? expectedVersion, CancellationToken cancellationToken)
    {
        var saved = helpdeskCase with { Version = (expectedVersion ?? 0) + 1 };
        var sql = expectedVersion is null
            ? "INSERT INTO helpdesk_case (id, version, live, escalated, json) VALUES (@id, @version, @live, @escalated, @json) ON CONFLICT (id) DO NOTHING"
            : "UPDATE helpdesk_case SET version = @version, live = @live, escalated = @escalated, json = @json WHERE id = @id AND version = @expected";
        var written = await transaction.ExecuteAsync(sql, parameters =>
        {
            parameters.AddWithValue("id", saved.CaseId);
            parameters.AddWithValue("version", saved.Version);
            parameters.AddWithValue("live", saved.IsLive);
            parameters.AddWithValue("escalated", PostgresTime.Utc(saved.Escalated));
            parameters.AddWithValue("json", JsonSerializer.Serialize(saved, HelpdeskJsonContext.Default.HelpdeskCase));
            if (expectedVersion is { } expected)
                parameters.AddWithValue("expected", expected);
        }, cancellationToken);
        if (written == 0)
        {
            if (expectedVersion is not null)
                throw new StateConflictException($"case:{saved.CaseId}");
            // Added before: the case stays as it is kept.
            await using var read = await transaction.CommandAsync($"{Select} WHERE id = @id", cancellationToken);
            read.Parameters.AddWithValue("id", saved.CaseId);
            return (await PostgresDatabase.ReadAllAsync(read, Read, cancellationToken))[0];
        }
        transaction.Add("DELETE FROM helpdesk_case_conversation WHERE case_id = @id", parameters => parameters.AddWithValue("id", saved.CaseId));
        if (saved.IsLive)
        {
            foreach (var key in Conversations(saved))
            {
                transaction.Add(
                    "INSERT INTO helpdesk_case_conversation (conversation_key, case_id) VALUES (@key, @id) ON CONFLICT DO NOTHING",
                    parameters =>
                    {
                        parameters.AddWithValue("key", key);
                        parameters.AddWithValue("id", saved.CaseId);
                    });
            }
        }
        return saved;
    }

    public async Task<HelpdeskCase?> FindAsync(string caseId, CancellationToken cancellationToken) =>
        (await database.QueryAsync($"{Select} WHERE id = @id", parameters => parameters.AddWithValue("id", caseId), Read, cancellationToken))
            .FirstOrDefault();

    public async Task<HelpdeskCase?> FindLiveAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var found = await database.QueryAsync("""
            SELECT c.json, c.version FROM helpdesk_case_conversation k JOIN helpdesk_case c ON c.id = k.case_id
            WHERE k.conversation_key = @key ORDER BY c.escalated DESC LIMIT 1
            """, parameters => parameters.AddWithValue("key", conversation.ToString()), Read, cancellationToken);
        return found.FirstOrDefault();
    }

    public Task<IReadOnlyList<HelpdeskCase>> ListAsync(bool liveOnly, int limit, CancellationToken cancellationToken) =>
        database.QueryAsync(
            liveOnly ? $"{Select} WHERE live ORDER BY escalated DESC LIMIT @limit" : $"{Select} ORDER BY escalated DESC LIMIT @limit",
            parameters => parameters.AddWithValue("limit", limit), Read, cancellationToken);

    private static IEnumerable<string> Conversations(HelpdeskCase helpdeskCase) =>
        helpdeskCase.Threads.Select(thread => thread.Thread.ToString()).Prepend(helpdeskCase.UserConversation.ToString()).Distinct(StringComparer.Ordinal);

    private static HelpdeskCase Read(NpgsqlDataReader reader) =>
        JsonSerializer.Deserialize(reader.GetString(0), HelpdeskJsonContext.Default.HelpdeskCase)! with { Version = reader.GetInt64(1) };
}
