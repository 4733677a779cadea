using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>Builds the stored reference of the conversation an activity belongs to.</summary>
internal static class ConversationReferences
{
    public static StoredConversation From(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var teams = TeamsChannelData.From(activity.ChannelData);
        return new StoredConversation(
            activity.ChannelId ?? "",
            activity.Conversation!.Id,
            activity.ServiceUrl!,
            activity.Recipient!,
            activity.From,
            activity.Conversation.TenantId ?? teams?.Tenant?.Id,
            activity.Conversation.ConversationType,
            teams?.Channel?.Id,
            teams?.Team?.Id,
            now)
        {
            TeamName = teams?.Team?.Name,
        };
    }
}
