namespace RdpHelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>What the check of an incoming request decided, and why (for the log, never the token itself).</summary>
/// <param name="SignedByChannel">
/// Whether a channel's token vouches for the activity, and so for the user it names; never in local mode.
/// </param>
internal sealed record AuthenticationOutcome(AuthenticationVerdict Verdict, string Reason, bool SignedByChannel = false)
{
    /// <summary>Accepted on the channel's token: the activity, and who it says sent it, are the channel's word.</summary>
    public static AuthenticationOutcome Signed(string reason) => new(AuthenticationVerdict.Accepted, reason, SignedByChannel: true);

    /// <summary>Accepted without a token (local mode): the activity runs, but vouches for nobody.</summary>
    public static AuthenticationOutcome Unsigned(string reason) => new(AuthenticationVerdict.Accepted, reason);

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
