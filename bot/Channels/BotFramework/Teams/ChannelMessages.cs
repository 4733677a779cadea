using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// With <c>ChannelMessage.Read.Group</c> consented, Teams sends the bot every message in the team's channels, not only
/// those that mention it. A turn runs only for what is meant for the bot: a message that mentions it, a card click,
/// and anything written in the reply chain of a live helpdesk case (an agent talking to the user needs no mention).
/// The team's other talk is acknowledged and left alone.
/// </summary>
internal sealed class ChannelMessages(ICaseStore? cases = null)
{
    public async Task<bool> IsForTheBotAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!InTeamChannel(activity) || MentionRemover.MentionsBot(activity) || ChoiceValueReader.Read(activity) is not null)
            return true;
        return cases is not null
               && await cases.FindLiveAsync(new ConversationKey(activity.ChannelId!, activity.Conversation!.Id), cancellationToken) is not null;
    }

    private static bool InTeamChannel(Activity activity) =>
        string.Equals(activity.ChannelId, ActivityRenderingOptions.TeamsChannelId, StringComparison.OrdinalIgnoreCase)
        && activity.Conversation is { } conversation
        && (conversation.ConversationType == "channel" || TeamsIds.IsChannelId(TeamsIds.ChannelOf(conversation.Id)));
}
