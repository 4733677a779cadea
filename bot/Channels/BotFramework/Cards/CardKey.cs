using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Cards;

/// <summary>
/// Which card a message is: its channel, conversation and the id the channel gave it. A click on a card
/// comes as an activity whose <c>replyToId</c> is that id, so the click names its card.
/// </summary>
internal static class CardKey
{
    public static string For(string? channelId, string conversationId, string activityId) =>
        $"{channelId}\n{conversationId}\n{activityId}";

    /// <summary>The card a click came from, or null when the channel did not say.</summary>
    public static string? OfClick(Activity click) =>
        click.ReplyToId is { Length: > 0 } cardId && click.Conversation?.Id is { Length: > 0 } conversationId
            ? For(click.ChannelId, conversationId, cardId)
            : null;
}
