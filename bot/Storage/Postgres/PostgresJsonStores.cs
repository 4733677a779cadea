using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Channels.Slack;
using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>Case outcomes in PostgreSQL, oldest case first.</summary>
internal sealed class PostgresOutcomeStore(PostgresDatabase database) : IOutcomeStore
{
    private readonly PostgresJsonTable<CaseOutcome> _table = new(database, "case_outcome", OutcomeJsonContext.Default.CaseOutcome);

    public Task SaveAsync(CaseOutcome outcome, CancellationToken cancellationToken) => SaveAsync(outcome, transaction: null, cancellationToken);

    public Task SaveAsync(CaseOutcome outcome, IStateTransaction? transaction, CancellationToken cancellationToken) =>
        _table.UpsertAsync(outcome.CaseId, outcome.Started, outcome, transaction, cancellationToken);

    public Task<IReadOnlyList<CaseOutcome>> ListAsync(CancellationToken cancellationToken) => _table.ListAsync(cancellationToken);
}

/// <summary>The helpdesk's actions in PostgreSQL, oldest first.</summary>
internal sealed class PostgresHelpdeskAuditLog(PostgresDatabase database) : IHelpdeskAuditLog
{
    private readonly PostgresJsonTable<HelpdeskAuditEntry> _table =
        new(database, "helpdesk_audit", HelpdeskJsonContext.Default.HelpdeskAuditEntry);

    public Task RecordAsync(HelpdeskAuditEntry entry, IStateTransaction? transaction, CancellationToken cancellationToken) =>
        _table.UpsertAsync(entry.Id, entry.When, entry, transaction, cancellationToken);

    public Task<IReadOnlyList<HelpdeskAuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        _table.ListAsync(since, cancellationToken);
}

/// <summary>Every host check in PostgreSQL, oldest first; the record of a check's findings replaces its decision.</summary>
internal sealed class PostgresCheckAuditLog(PostgresDatabase database) : ICheckAuditLog
{
    private readonly PostgresJsonTable<CheckAuditEntry> _table = new(database, "check_audit", CheckAuditJsonContext.Default.CheckAuditEntry);

    public Task RecordAsync(CheckAuditEntry entry, CancellationToken cancellationToken) =>
        _table.UpsertAsync(entry.Id, entry.When, entry, cancellationToken);

    public Task<IReadOnlyList<CheckAuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        _table.ListAsync(since, cancellationToken);
}

/// <summary>Conversation references in PostgreSQL (table <c>conversation_reference</c>).</summary>
internal sealed class PostgresConversationReferenceStore(PostgresDatabase database) : IConversationReferenceStore
{
    private readonly PostgresJsonTable<StoredConversation> _table =
        new(database, "conversation_reference", TeamsJsonContext.Default.StoredConversation);

    /// <summary>A known conversation gets its latest serviceUrl and members, which Teams may change.</summary>
    public async Task<bool> AddAsync(StoredConversation conversation, CancellationToken cancellationToken)
    {
        if (await _table.TryInsertAsync(conversation.Key, conversation.Stored, conversation, cancellationToken))
            return true;
        await _table.UpsertAsync(conversation.Key, conversation.Stored, conversation, cancellationToken);
        return false;
    }

    public Task<StoredConversation?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        _table.GetAsync(StoredConversation.Keys.For(channelId, conversationId), cancellationToken);

    public Task<bool> RemoveAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        _table.DeleteAsync(StoredConversation.Keys.For(channelId, conversationId), cancellationToken);

    public Task<IReadOnlyList<StoredConversation>> ListAsync(CancellationToken cancellationToken) => _table.ListAsync(cancellationToken);
}

/// <summary>Slack installations in PostgreSQL; their tokens arrive encrypted (<see cref="SlackInstallations"/>) and stay so.</summary>
internal sealed class PostgresSlackInstallationRepository(PostgresDatabase database) : ISlackInstallationRepository
{
    private readonly PostgresJsonTable<StoredSlackInstallation> _table =
        new(database, "slack_installation", SlackJsonContext.Default.StoredSlackInstallation);

    public Task SaveAsync(StoredSlackInstallation installation, CancellationToken cancellationToken) =>
        _table.UpsertAsync(installation.Installation.TeamId, installation.Installation.InstalledAt, installation, cancellationToken);

    public Task<StoredSlackInstallation?> FindAsync(string teamId, CancellationToken cancellationToken) =>
        _table.GetAsync(teamId, cancellationToken);
}
