using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// What a proactive message needs to reach a conversation later: where (serviceUrl, conversation), who (the
/// user who installed or the Teams channel) and the tenant Teams asks for when a conversation is created.
/// </summary>
internal sealed record StoredConversation(
    string ChannelId,
    string ConversationId,
    string ServiceUrl,
    ChannelAccount Bot,
    ChannelAccount? User,
    string? TenantId,
    string? ConversationType,
    string? TeamsChannelId,
    string? TeamId,
    DateTimeOffset Stored)
{
    public string Key => Keys.For(ChannelId, ConversationId);

    /// <summary>The team's name as Teams gave it when the app was added to the team (a helpdesk team is named by it).</summary>
    public string? TeamName { get; init; }

    public ConversationReference ToReference() => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Bot = Bot,
        User = User,
        Conversation = new ConversationAccount(ConversationId) { TenantId = TenantId, ConversationType = ConversationType },
    };

    public static class Keys
    {
        public static string For(string channelId, string conversationId) => $"{channelId}:{conversationId}";
    }
}
