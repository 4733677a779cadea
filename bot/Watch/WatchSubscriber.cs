using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// Who hears about a host, written as one string: a person as <c>CHANNEL:USER</c> (<c>slack:T0123:U0456</c> gets a
/// direct message, <c>msteams:29:1a2b…</c> a one-to-one chat) or a conversation as <c>CHANNEL:conversation:ID</c>
/// (<c>slack:conversation:T0123:C0789</c>, a Teams channel's conversation id).
/// </summary>
internal static class WatchSubscriber
{
    private const string ConversationMarker = "conversation:";

    public static string ForUser(string channelId, string userId) => $"{channelId}:{userId}";

    public static string ForConversation(string channelId, string conversationId) => $"{channelId}:{ConversationMarker}{conversationId}";

    /// <summary>The address a subscriber is reached at; null when the text is not a subscriber.</summary>
    public static ConversationAddress? Parse(string? subscriber)
    {
        var colon = subscriber?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || colon == subscriber!.Length - 1)
            return null;
        var channel = subscriber[..colon];
        var rest = subscriber[(colon + 1)..];
        if (rest.StartsWith(ConversationMarker, StringComparison.Ordinal))
            return rest.Length > ConversationMarker.Length ? ConversationAddress.Conversation(channel, rest[ConversationMarker.Length..]) : null;
        return new ConversationAddress(channel) { UserId = rest };
    }

    /// <summary>The user id the host-check policy knows a person by (a Slack <c>TEAM:USER</c>, a Teams object id); null for a conversation.</summary>
    public static string? CheckUserId(string subscriber) => Parse(subscriber)?.UserId;
}
