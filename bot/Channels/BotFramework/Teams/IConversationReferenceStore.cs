namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>The conversations the bot was added to, kept for proactive messages.</summary>
internal interface IConversationReferenceStore
{
    /// <summary>Stores the conversation; true when it was not stored before (so it is new to the bot).</summary>
    Task<bool> AddAsync(StoredConversation conversation, CancellationToken cancellationToken);

    Task<StoredConversation?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Forgets the conversation (the app was removed); true when it was stored.</summary>
    Task<bool> RemoveAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredConversation>> ListAsync(CancellationToken cancellationToken);
}
