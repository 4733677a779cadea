namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Teams' conversation ids: a team channel is <c>19:…@thread.tacv2</c> (older teams <c>@thread.skype</c>; a team's
/// General channel has the team's own id), and the reply chain under a post in it <c>{channel};messageid={post id}</c>.
/// </summary>
internal static class TeamsIds
{
    public const string ReplyChainMarker = ";messageid=";

    public static bool LooksLikeId(string value) => value.StartsWith("19:", StringComparison.Ordinal);

    /// <summary>A team channel's own id (not a reply chain in it, not a group chat's <c>@thread.v2</c>).</summary>
    public static bool IsChannelId(string conversationId) =>
        LooksLikeId(conversationId)
        && !conversationId.Contains(ReplyChainMarker, StringComparison.Ordinal)
        && (conversationId.EndsWith("@thread.tacv2", StringComparison.Ordinal) || conversationId.EndsWith("@thread.skype", StringComparison.Ordinal));

    /// <summary>The reply chain under the post <paramref name="postId"/> in <paramref name="channelId"/>.</summary>
    public static string ReplyChain(string channelId, string postId) => channelId + ReplyChainMarker + postId;

    /// <summary>The channel a reply chain is in; the id itself when it is no reply chain.</summary>
    public static string ChannelOf(string conversationId) =>
        conversationId.IndexOf(ReplyChainMarker, StringComparison.Ordinal) is var at and >= 0 ? conversationId[..at] : conversationId;
}
