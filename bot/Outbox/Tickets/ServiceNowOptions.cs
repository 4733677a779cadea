namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>
/// Incidents in ServiceNow through its Table API (section <c>Escalation:ServiceNow</c>). Not configured (no
/// <see cref="BaseUrl"/>) by default. Authenticates with basic auth (<see cref="UserName"/>, <see cref="Password"/>) or
/// OAuth client credentials (<see cref="ClientId"/>, <see cref="ClientSecret"/>), one or the other.
/// </summary>
public sealed class ServiceNowOptions
{
    public const string SectionName = "Escalation:ServiceNow";
    public const int DefaultUrgency = 2;
    public const int DefaultImpact = 3;
    public const string DefaultContactType = "self-service";

    /// <summary>The instance, e.g. <c>https://contoso.service-now.com</c>; <c>http://</c> only to this machine.</summary>
    public string? BaseUrl { get; set; }

    public string? UserName { get; set; }

    /// <summary>Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>An OAuth application registry entry's client id; its token comes from <c>{BaseUrl}/oauth_token.do</c>.</summary>
    public string? ClientId { get; set; }

    /// <summary>Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The incident's <c>assignment_group</c> (a group's sys_id or name); none by default.</summary>
    public string? AssignmentGroup { get; set; }

    /// <summary>The incident's <c>urgency</c>, 1 (high) to 3 (low); default 2.</summary>
    public int Urgency { get; set; } = DefaultUrgency;

    /// <summary>The incident's <c>impact</c>, 1 (high) to 3 (low); default 3.</summary>
    public int Impact { get; set; } = DefaultImpact;

    /// <summary>The incident's <c>contact_type</c>; default <c>self-service</c>.</summary>
    public string ContactType { get; set; } = DefaultContactType;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);

    public bool UsesOAuth => !string.IsNullOrEmpty(ClientId) || !string.IsNullOrEmpty(ClientSecret);

    public Uri Url(string pathAndQuery) => new(new Uri(BaseUrl!.TrimEnd('/') + "/"), pathAndQuery);
}
