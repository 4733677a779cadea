namespace RdpHelpBot.Bot.Channels.Slack.WebApi;

/// <summary>Every Web API answer carries <c>ok</c>, and <c>error</c> when it is false.</summary>
internal interface ISlackApiResponse
{
    bool Ok { get; }

    string? Error { get; }
}

internal sealed record SlackApiResponse(bool Ok, string? Error = null) : ISlackApiResponse;

internal sealed record PostMessageResponse(bool Ok, string? Error = null, string? Channel = null, string? Ts = null) : ISlackApiResponse;

internal sealed record AuthTestResponse(bool Ok, string? Error = null, string? UserId = null, string? BotId = null, string? TeamId = null, string? Team = null)
    : ISlackApiResponse;

internal sealed record OpenConversationResponse(bool Ok, string? Error = null, SlackConversation? Channel = null) : ISlackApiResponse;

internal sealed record SlackConversation(string Id);

internal sealed record UsersInfoResponse(bool Ok, string? Error = null, SlackUser? User = null) : ISlackApiResponse;

internal sealed record SlackUser(string Id, string? Name = null, string? RealName = null, string? TeamId = null, bool IsBot = false, SlackUserProfile? Profile = null)
{
    /// <summary>The name Slack shows for the person: their display name when they set one, else their full name, else their handle.</summary>
    public string? ShownName => new[] { Profile?.DisplayName, RealName, Profile?.RealName, Name }.FirstOrDefault(name => !string.IsNullOrWhiteSpace(name));
}

internal sealed record SlackUserProfile(string? DisplayName = null, string? RealName = null);

internal sealed record ConnectionsOpenResponse(bool Ok, string? Error = null, string? Url = null) : ISlackApiResponse;

internal sealed record OAuthAccessResponse(
    bool Ok,
    string? Error = null,
    string? AccessToken = null,
    string? TokenType = null,
    string? Scope = null,
    string? BotUserId = null,
    string? AppId = null,
    OAuthTeam? Team = null,
    OAuthTeam? Enterprise = null,
    bool IsEnterpriseInstall = false) : ISlackApiResponse;

internal sealed record OAuthTeam(string? Id, string? Name = null);
