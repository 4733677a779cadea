using System.Text.Json;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>
/// Helpdesk cases in SQLite: one row per case with its version, and, for a live case, one row per conversation it is
/// reached by (the user's, each thread's) in <c>helpdesk_case_conversation</c>, so that the lookup every turn makes
/// is one primary-key probe that finds nothing in a conversation without a live case.
/// </summary>
internal sealed class SqliteCaseStore(SqliteDatabase database) : ICaseStore
{
    private const string FindLiveSql = """
        SELECT c.json, c.version FROM helpdesk_case_conversation k JOIN helpdesk_case c ON c.id = k.case_id
        WHERE k.conversation_key = $key ORDER BY c.escalated DESC LIMIT 1
        """;

    public async Task<HelpdeskCase> SaveAsync(HelpdeskCase helpdeskCase, long? expectedVersion, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(helpdeskCase);
        if (transaction is not null)
            return await SaveAsync(SqliteStateTransaction.Of(transaction), helpdeskCase, expectedVersion, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var own = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var saved = await SaveAsync(new SqliteStateTransaction(connection, own), helpdeskCase, expectedVersion, cancellationToken);
        await own.CommitAsync(cancellationToken);
        return saved;
    }

    private static async Task<HelpdeskCase> SaveAsync(
        SqliteStateTransaction transaction, HelpdeskCase helpdeskCase, long? expectedVersion, CancellationToken cancellationToken)
    {
        var saved = helpdeskCase with { Version = (expectedVersion ?? 0) + 1 };
        var sql = expectedVersion is null
            ? "INSERT INTO helpdesk_case (id, version, live, escalated, json) VALUES ($id, $version, $live, $escalated, $json) ON CONFLICT (id) DO NOTHING"
            : "UPDATE helpdesk_case SET version = $version, live = $live, escalated = $escalated, json = $json WHERE id = $id AND version = $expected";
        await using (var write = transaction.CreateCommand(sql))
        {
            write.Parameters.AddWithValue("$id", saved.CaseId);
            write.Parameters.AddWithValue("$version", saved.Version);
            write.Parameters.AddWithValue("$live", saved.IsLive ? 1 : 0);
            write.Parameters.AddWithValue("$escalated", SqliteTime.Format(saved.Escalated));
            write.Parameters.AddWithValue("$json", JsonSerializer.Serialize(saved, HelpdeskJsonContext.Default.HelpdeskCase));
            if (expectedVersion is { } expected)
                write.Parameters.AddWithValue("$expected", expected);
            if (await write.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                if (expectedVersion is not null)
                    throw new StateConflictException($"case:{saved.CaseId}");
                // Added before: the case stays as it is kept.
                await using var read = transaction.CreateCommand("SELECT json, version FROM helpdesk_case WHERE id = $id");
                read.Parameters.AddWithValue("$id", saved.CaseId);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                return Read(reader);
            }
        }
        await using (var forget = transaction.CreateCommand("DELETE FROM helpdesk_case_conversation WHERE case_id = $id"))
        {
            forget.Parameters.AddWithValue("$id", saved.CaseId);
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }
        if (saved.IsLive)
        {
            foreach (var key in Conversations(saved))
            {
                await using var remember = transaction.CreateCommand(
                    "INSERT INTO helpdesk_case_conversation (conversation_key, case_id) VALUES ($key, $id) ON CONFLICT DO NOTHING");
                remember.Parameters.AddWithValue("$key", key);
                remember.Parameters.AddWithValue("$id", saved.CaseId);
                await remember.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        return saved;
    }

    public async Task<HelpdeskCase?> FindAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, version FROM helpdesk_case WHERE id = $id";
        command.Parameters.AddWithValue("$id", caseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <remarks>Every turn asks (see <see cref="SqliteReader"/>).</remarks>
    public Task<HelpdeskCase?> FindLiveAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return database.Reader.ReadAsync(FindLiveSql, "$key", conversation.ToString(), static reader => reader.Read() ? Read(reader) : null, cancellationToken);
    }

    public async Task<IReadOnlyList<HelpdeskCase>> ListAsync(bool liveOnly, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = liveOnly
            ? "SELECT json, version FROM helpdesk_case WHERE live = 1 ORDER BY escalated DESC LIMIT $limit"
            : "SELECT json, version FROM helpdesk_case ORDER BY escalated DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cases = new List<HelpdeskCase>();
        while (await reader.ReadAsync(cancellationToken))
            cases.Add(Read(reader));
        return cases;
    }

    private static IEnumerable<string> Conversations(HelpdeskCase helpdeskCase) =>
        helpdeskCase.Threads.Select(thread => thread.Thread.ToString()).Prepend(helpdeskCase.UserConversation.ToString()).Distinct(StringComparer.Ordinal);

    private static HelpdeskCase Read(SqliteDataReader reader) =>
        JsonSerializer.Deserialize(reader.GetString(0), HelpdeskJsonContext.Default.HelpdeskCase)! with { Version = reader.GetInt64(1) };
}
