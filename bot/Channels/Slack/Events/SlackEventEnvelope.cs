namespace RdpHelpBot.Bot.Channels.Slack.Events;

/// <summary>The outer JSON of an Events API request: <c>url_verification</c> or <c>event_callback</c>.</summary>
internal sealed record SlackEventEnvelope(
    string? Type,
    string? Challenge = null,
    string? TeamId = null,
    string? EventId = null,
    SlackEvent? Event = null,
    IReadOnlyList<SlackAuthorization>? Authorizations = null)
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";

    /// <summary>The installation the event was delivered for; in shared channels that beats <see cref="TeamId"/>.</summary>
    public string? InstallationTeamId => Authorizations is [{ TeamId: { } team }, ..] ? team : TeamId;
}

internal sealed record SlackAuthorization(string? TeamId, string? UserId, bool IsBot);

/// <summary>The inner event: an <c>app_mention</c> or a <c>message</c>.</summary>
internal sealed record SlackEvent(
    string? Type,
    string? Subtype = null,
    string? User = null,
    string? BotId = null,
    string? Text = null,
    string? Ts = null,
    string? ThreadTs = null,
    string? Channel = null,
    string? ChannelType = null);
