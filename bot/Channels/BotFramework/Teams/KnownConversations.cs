using System.Net;
using RdpHelpBot.Bot.Channels.BotFramework.Connector;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Keeps the stored conversation references current: stored when the bot is added or first hears from a
/// conversation (install events do not always come), stored again when a message comes from another
/// serviceUrl, and forgotten when the bot is removed or the Connector says the conversation is gone (403 once
/// the app is uninstalled or the user blocked it, 404 when the conversation no longer exists).
/// </summary>
internal sealed partial class KnownConversations(IConversationReferenceStore store, TimeProvider time, ILogger<KnownConversations> logger)
{
    public const int Capacity = 10_000;

    /// <summary>
    /// Recently seen conversations as they are stored: an unchanged one costs no write, and a reply to one costs no read.
    /// </summary>
    private readonly BoundedMap<StoredConversation> _recent = new(Capacity);

    /// <summary>Stores the conversation of an activity that adds the bot; true when it was not stored before.</summary>
    public async Task<bool> AddAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversation = ConversationReferences.From(activity, time.GetUtcNow());
        // Only install and rename events name the team; a message in its channel keeps the name known.
        if (conversation is { TeamId: not null, TeamName: null }
            && await store.GetAsync(conversation.ChannelId, conversation.ConversationId, cancellationToken) is { TeamName: { } teamName })
            conversation = conversation with { TeamName = teamName };
        var isNew = await store.AddAsync(conversation, cancellationToken);
        _recent.Set(Key(activity), conversation);
        return isNew;
    }

    /// <summary>Stores the conversation of a message unless it is stored already with the same serviceUrl.</summary>
    public async Task RefreshAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = Key(activity);
        if (_recent.TryGet(key, out var known) && string.Equals(known.ServiceUrl, activity.ServiceUrl, StringComparison.Ordinal))
            return;
        await AddAsync(activity, cancellationToken);
    }

    public async Task RemoveAsync(Activity activity, CancellationToken cancellationToken)
    {
        _recent.Remove(Key(activity));
        await store.RemoveAsync(activity.ChannelId ?? "", activity.Conversation!.Id, cancellationToken);
    }

    /// <summary>Forgets the conversation when a failed send says it is gone; true when it did.</summary>
    public Task<bool> ForgetIfGoneAsync(Activity activity, Exception failure, CancellationToken cancellationToken) =>
        ForgetIfGoneAsync(activity.ChannelId ?? "", activity.Conversation!.Id, failure, cancellationToken);

    /// <inheritdoc cref="ForgetIfGoneAsync(Activity, Exception, CancellationToken)"/>
    public async Task<bool> ForgetIfGoneAsync(string channelId, string conversationId, Exception failure, CancellationToken cancellationToken)
    {
        if (failure is not ConnectorException { StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound } refused)
            return false;
        _recent.Remove(StoredConversation.Keys.For(channelId, conversationId));
        await store.RemoveAsync(channelId, conversationId, cancellationToken);
        LogForgotten(channelId, (int)refused.StatusCode!);
        return true;
    }

    /// <summary>Whether this process saw the conversation lately (without asking the store).</summary>
    public bool Remembers(string channelId, string conversationId) =>
        _recent.TryGet(StoredConversation.Keys.For(channelId, conversationId), out _);

    public async Task<StoredConversation?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = StoredConversation.Keys.For(channelId, conversationId);
        if (_recent.TryGet(key, out var known))
            return known;
        var stored = await store.GetAsync(channelId, conversationId, cancellationToken);
        if (stored is not null)
            _recent.TryAdd(key, stored);
        return stored;
    }

    /// <summary>
    /// A stored conversation of the channel that tells where and in which tenant to open a chat with the user: one
    /// with the user preferably, else any of the channel with a tenant; null when the channel has none.
    /// </summary>
    public async Task<StoredConversation?> ForUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var stored = (await store.ListAsync(cancellationToken))
            .Where(conversation => conversation.ChannelId == channelId && conversation.TenantId is not null)
            .OrderByDescending(conversation => conversation.User?.Id == userId)
            .ThenByDescending(conversation => conversation.Stored)
            .ToList();
        return stored.FirstOrDefault();
    }

    private static string Key(Activity activity) => StoredConversation.Keys.For(activity.ChannelId ?? "", activity.Conversation!.Id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot a {ChannelId} conversation: the Connector answered {Status} (app removed, user blocked the bot or conversation gone)")]
    private partial void LogForgotten(string? channelId, int status);
}
