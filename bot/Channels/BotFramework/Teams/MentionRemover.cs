using System.Text.RegularExpressions;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Takes the bot's own @mention out of a message (<c>&lt;at&gt;RdpHelpBot&lt;/at&gt; my RDP fails</c> →
/// <c>my RDP fails</c>), as the SDK's RemoveRecipientMention does; other people's mentions stay.
/// </summary>
internal static class MentionRemover
{
    public static bool MentionsBot(Activity activity) =>
        activity.Recipient?.Id is { } botId
        && (activity.Entities ?? []).Any(entity => entity.Type == Entity.MentionType && entity.Mentioned?.Id == botId);

    public static string? TextWithoutBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) || activity.Recipient?.Id is not { } botId)
            return text;
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type != Entity.MentionType || mention.Mentioned?.Id != botId)
                continue;
            var markup = mention.Text ?? $"<at>{mention.Mentioned.Name}</at>";
            text = Regex.Replace(text, Regex.Escape(markup), " ", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }
        return Regex.Replace(text, @"[ \t]{2,}", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
    }
}
