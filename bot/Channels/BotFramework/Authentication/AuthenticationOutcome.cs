namespace RdpHelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>What the check of an incoming request decided, and why (for the log, never the token itself).</summary>
internal sealed record AuthenticationOutcome(AuthenticationVerdict Verdict, string Reason)
{
    public static AuthenticationOutcome Accepted(string reason) => new(AuthenticationVerdict.Accepted, reason);

    public static AuthenticationOutcome Rejected(string reason) => new(AuthenticationVerdict.Rejected, reason);

    public static AuthenticationOutcome Unavailable(string reason) => new(AuthenticationVerdict.MetadataUnavailable, reason);
}

internal enum AuthenticationVerdict
{
    Accepted,

    /// <summary>401: the request does not come from the channel.</summary>
    Rejected,

    /// <summary>503: the keys to check it with could not be fetched, so nothing can be accepted now.</summary>
    MetadataUnavailable,
}
