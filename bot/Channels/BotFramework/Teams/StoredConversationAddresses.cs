using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Addresses a conversation the bot keeps a reference of through the Connector it lives behind, so a message the bot
/// sends on its own (the idle goodbye) reaches a Teams or other Bot Framework conversation.
/// </summary>
internal sealed class StoredConversationAddresses(IConversationReferenceStore store) : IConversationAddressResolver
{
    public async Task<ConversationAddress?> ResolveAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await store.GetAsync(key.ChannelId, key.ConversationId, cancellationToken) is { } stored
            ? ConversationAddress.Conversation(stored.ChannelId, stored.ConversationId) with { ServiceUrl = stored.ServiceUrl }
            : null;
    }
}
