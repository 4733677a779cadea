namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Where one conversation happens: a direct-message conversation, or a thread in a channel. Its
/// <see cref="ConversationId"/> is the team and channel, plus the thread's ts in a channel.
/// </summary>
internal sealed record SlackPlace(string TeamId, string ChannelId, string? ThreadTs)
{
    public string ConversationId => ThreadTs is null ? $"{TeamId}:{ChannelId}" : $"{TeamId}:{ChannelId}:{ThreadTs}";

    /// <summary>Direct-message conversation ids start with D; channels (C) and private groups (G) do not.</summary>
    public static bool IsDirectMessage(string channelId) => channelId.StartsWith('D');

    public static SlackPlace Direct(string teamId, string channelId) => new(teamId, channelId, null);

    public static SlackPlace Thread(string teamId, string channelId, string threadTs) => new(teamId, channelId, threadTs);

    /// <summary>Reads a <see cref="ConversationId"/> back: <c>TEAM:CHANNEL</c> or <c>TEAM:CHANNEL:THREAD_TS</c>.</summary>
    public static SlackPlace? Parse(string conversationId)
    {
        var parts = conversationId.Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(string.IsNullOrWhiteSpace))
            return null;
        return new SlackPlace(parts[0], parts[1], parts.Length == 3 ? parts[2] : null);
    }
}
