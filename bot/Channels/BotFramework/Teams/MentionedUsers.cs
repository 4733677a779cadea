using System.Text.RegularExpressions;
using RdpHelpBot.Bot.Channels.BotFramework.Connector;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

/// <summary>
/// The people a Teams message mentions besides the bot (<c>transfer &lt;at&gt;Adele Vance&lt;/at&gt;</c>): a mention
/// names the person by their Teams id (<c>29:…</c>), so the Connector is asked who that member is, which gives the AAD
/// object id that agents are listed by. Only for a message the channel signed; a member it cannot tell is left out.
/// </summary>
internal sealed partial class MentionedUsers(ConnectorClient connector, ILogger<MentionedUsers> logger)
{
    public async Task<IReadOnlyList<MentionedUser>> ResolveAsync(Activity activity, bool signedByChannel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var mentions = (activity.Entities ?? [])
            .Where(entity => entity.Type == Entity.MentionType && entity.Mentioned is { } who && who.Id != activity.Recipient?.Id)
            .Select(entity => entity.Mentioned!)
            .DistinctBy(who => who.Id)
            .ToList();
        if (mentions.Count == 0 || !signedByChannel
            || !string.Equals(activity.ChannelId, ActivityRenderingOptions.TeamsChannelId, StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
            return [];
        // In a team, members are asked of the team (a reply chain is no roster of its own).
        var roster = TeamsChannelData.From(activity.ChannelData)?.Team?.Id ?? TeamsIds.ChannelOf(activity.Conversation!.Id);
        var found = new List<MentionedUser>();
        foreach (var who in mentions)
        {
            try
            {
                if (await connector.GetMemberAsync(serviceUrl, roster, who.Id, cancellationToken) is { AadObjectId: { Length: > 0 } aadObjectId } member)
                    found.Add(new MentionedUser(aadObjectId, who.Name ?? member.Name ?? aadObjectId));
            }
            catch (Exception exception) when (exception is HttpRequestException or UntrustedServiceUrlException)
            {
                LogUnknownMember(exception.GetType().Name);
            }
        }
        return found;
    }

    /// <summary>The text with each remaining mention's markup (<c>&lt;at&gt;Adele Vance&lt;/at&gt;</c>) as <c>@Adele Vance</c>.</summary>
    public static string AsPlainMentions(string text) =>
        AtMarkup().Replace(text, match => "@" + match.Groups["name"].Value.Trim());

    [GeneratedRegex("<at>(?<name>.*?)</at>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtMarkup();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A mentioned Teams member could not be looked up ({ExceptionType}); the mention is left out")]
    private partial void LogUnknownMember(string exceptionType);
}
