namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>
/// Requests in Jira Service Management through its REST API (section <c>Escalation:Jira</c>), as an agent account
/// with an API token. Not configured (no <see cref="BaseUrl"/>) by default.
/// </summary>
public sealed class JiraOptions
{
    public const string SectionName = "Escalation:Jira";

    /// <summary>The site, e.g. <c>https://contoso.atlassian.net</c>; <c>http://</c> only to this machine.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The agent account's e-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>The agent account's API token; never logged.</summary>
    public string? ApiToken { get; set; }

    /// <summary>The service desk's id (a number, as <c>/rest/servicedeskapi/servicedesk</c> lists it).</summary>
    public string? ServiceDeskId { get; set; }

    /// <summary>The request type's id (a number) in that service desk.</summary>
    public string? RequestTypeId { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);

    public Uri Url(string pathAndQuery) => new(new Uri(BaseUrl!.TrimEnd('/') + "/"), pathAndQuery);
}
