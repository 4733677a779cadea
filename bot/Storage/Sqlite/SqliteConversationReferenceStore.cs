using RdpHelpBot.Bot.Channels.BotFramework.Teams;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>Conversation references in the bot's SQLite file (table <c>conversation_reference</c>).</summary>
internal sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    private readonly SqliteJsonTable<StoredConversation> _table =
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
