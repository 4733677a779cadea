using System.Collections.Concurrent;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;

namespace RdpHelpBot.Bot.Storage.InMemory;

/// <summary>Conversation references in memory, for <c>Storage:Provider=InMemory</c>; lost on restart.</summary>
internal sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, StoredConversation> _conversations = new(StringComparer.Ordinal);

    public Task<bool> AddAsync(StoredConversation conversation, CancellationToken cancellationToken)
    {
        var added = _conversations.TryAdd(conversation.Key, conversation);
        if (!added)
            _conversations[conversation.Key] = conversation;
        return Task.FromResult(added);
    }

    public Task<StoredConversation?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.GetValueOrDefault(StoredConversation.Keys.For(channelId, conversationId)));

    public Task<bool> RemoveAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryRemove(StoredConversation.Keys.For(channelId, conversationId), out _));

    public Task<IReadOnlyList<StoredConversation>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredConversation>>(_conversations.Values.OrderBy(c => c.Stored).ToList());
}
