namespace RdpHelpBot.Bot.Channels.BotFramework.Helpdesk;

/// <summary>
/// Section <c>Escalation:Teams</c>: the Teams channel handed-over cases are posted to. The app must be added to the
/// team; the bot learns where the team is (its Connector and tenant) when it is. Without <see cref="Team"/> no case
/// goes to Teams.
/// </summary>
public sealed class TeamsHelpdeskOptions
{
    public const string SectionName = "Escalation:Teams";

    /// <summary>The team, by its name as Teams shows it or its id (<c>19:…@thread.tacv2</c>). Not set: no Teams helpdesk.</summary>
    public string? Team { get; set; }

    /// <summary>The channel in the team, by name or id (<c>19:…@thread.tacv2</c>). Not set: the team's General channel.</summary>
    public string? Channel { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Team);
}
