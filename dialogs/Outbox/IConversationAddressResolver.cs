using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Outbox;

/// <summary>
/// Where a stored conversation is reached when the bot speaks first, for a channel whose address needs more than its
/// conversation key (a Bot Framework conversation's Connector, read from its stored conversation reference).
/// </summary>
public interface IConversationAddressResolver
{
    /// <summary>The conversation's address; null when this resolver does not know the conversation's channel.</summary>
    Task<ConversationAddress?> ResolveAsync(ConversationKey key, CancellationToken cancellationToken);
}

/// <summary>Asks each channel's resolver in turn; a conversation none of them knows is addressed by its key alone.</summary>
public sealed class ConversationAddresses(IEnumerable<IConversationAddressResolver> resolvers)
{
    private readonly IReadOnlyList<IConversationAddressResolver> _resolvers = [.. resolvers];

    public async Task<ConversationAddress> ResolveAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var resolver in _resolvers)
        {
            if (await resolver.ResolveAsync(key, cancellationToken) is { } address)
                return address;
        }
        return ConversationAddress.Conversation(key.ChannelId, key.ConversationId);
    }
}
