namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>
/// How a handed-over case reaches a person (section <c>Escalation</c>; the helpdesk channels and ticket systems have
/// sections of their own under it: <c>Escalation:Slack</c>, <c>Escalation:Teams</c>, <c>Escalation:ServiceNow</c>,
/// <c>Escalation:Jira</c>).
/// </summary>
public sealed class HelpdeskOptions
{
    public const string SectionName = "Escalation";

    /// <summary>
    /// Who may claim, resolve, release and transfer cases: verified user ids (Teams: AAD object id; Slack:
    /// <c>TEAM:USER</c>) and names of groups in <c>Checks:Groups</c>, the same identities as host checks. Empty: nobody.
    /// </summary>
    public List<string> Agents { get; set; } = [];

    /// <summary>An unclaimed case is posted to the helpdesk channel again after this long. Default 5 minutes.</summary>
    public TimeSpan RepingAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An unclaimed case becomes a ticket (when a ticket system is configured) after this long. Default 15 minutes.</summary>
    public TimeSpan TicketAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A live chat with nothing written for this long gets a nudge, and is closed after as long again. Default 30 minutes.</summary>
    public TimeSpan RelayIdleAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>When people staff the helpdesk; outside these hours a case goes straight to a ticket. Not set: always staffed.</summary>
    public BusinessHoursOptions? BusinessHours { get; set; }
}

/// <summary>The helpdesk's hours (<c>Escalation:BusinessHours</c>), e.g. Monday–Friday 08:00–18:00 in Europe/Berlin.</summary>
public sealed class BusinessHoursOptions
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>
    /// The days it is staffed; none listed: Monday to Friday. (Empty by default because binding a list adds to the
    /// items it already has: a default week here would stay under the days configured.)
    /// </summary>
    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>The days it is staffed, the default week when <see cref="Days"/> lists none.</summary>
    public IReadOnlyList<DayOfWeek> StaffedDays => Days.Count == 0 ? Weekdays : Days;

    public TimeOnly Start { get; set; } = new(8, 0);

    public TimeOnly End { get; set; } = new(18, 0);

    /// <summary>An IANA or Windows time zone id; default UTC.</summary>
    public string TimeZone { get; set; } = "UTC";
}
