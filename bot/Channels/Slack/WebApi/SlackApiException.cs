namespace RdpHelpBot.Bot.Channels.Slack.WebApi;

/// <summary>A Web API call answered <c>ok: false</c>; <see cref="Error"/> is Slack's error code (e.g. <c>channel_not_found</c>).</summary>
internal sealed class SlackApiException(string method, string error, TimeSpan? retryAfter = null)
    : Exception($"Slack's {method} failed: {error}")
{
    /// <summary>How long Slack asked to wait, for <c>ratelimited</c>.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public string Method { get; } = method;

    public string Error { get; } = error;

    /// <summary>Errors that retrying cannot cure: the token itself is wrong or revoked.</summary>
    public bool IsAuthenticationError => Error is "not_authed" or "invalid_auth" or "account_inactive" or "token_revoked"
        or "token_expired" or "user_removed_from_team" or "team_disabled" or "not_allowed_token_type";
}
