using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>Maps a channel's activity to the neutral turn: typed text without the bot's mention, or a clicked choice.</summary>
internal static class TurnMapper
{
    /// <param name="signedByChannel">Whether the channel's token vouched for the activity (never in local mode).</param>
    public static TurnRequest Message(Activity activity, bool signedByChannel)
    {
        var choice = ChoiceValueReader.Read(activity);
        // A click arrives as its choice alone, even when the channel also sends the button's label as text.
        var text = choice is null ? MentionedUsers.AsPlainMentions(MentionRemover.TextWithoutBotMention(activity) ?? "") : null;
        return new TurnRequest(activity.ChannelId ?? "", activity.Conversation!.Id, activity.From!.Id, text, choice)
        {
            VerifiedUserId = signedByChannel ? VerifiedUserId(activity) : null,
            UserName = UserName(activity),
        };
    }

    // The signed activity vouches for from.aadObjectId only when Teams sent it; other channels' ids are the client's choice.
    // Unsigned (local mode), anyone on the machine, or behind a proxy on it, could have written any id.
    private static string? VerifiedUserId(Activity activity) =>
        activity.ChannelId == ActivityRenderingOptions.TeamsChannelId && !string.IsNullOrWhiteSpace(activity.From!.AadObjectId)
            ? activity.From.AadObjectId
            : null;

    private static string? UserName(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.From?.Name) ? null : activity.From.Name.Trim();

    /// <summary>A first message with nothing in it: the conversation answers it with its welcome.</summary>
    public static TurnRequest Welcome(Activity activity, string userId) =>
        new(activity.ChannelId ?? "", activity.Conversation!.Id, userId, Text: "") { UserName = UserName(activity) };
}
