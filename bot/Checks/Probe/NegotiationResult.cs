using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Checks.Probe;

internal enum NegotiationOutcome
{
    /// <summary>The server selected one of the requested protocols.</summary>
    Accepted,
    /// <summary>The server selected standard RDP security although only other protocols were requested.</summary>
    Downgraded,
    /// <summary>The server selected a protocol that was not requested.</summary>
    SelectedOther,
    /// <summary>The server answered RDP_NEG_FAILURE.</summary>
    Refused,
    /// <summary>The server confirmed without negotiation data: a legacy server.</summary>
    Legacy,
    /// <summary>Something answered that is not an X.224 Connection Confirm.</summary>
    NotRdp,
    /// <summary>The server closed (or reset) the connection after the request, without a reply.</summary>
    Closed,
    TimedOut,
    /// <summary>The fresh connection for this request could not be made.</summary>
    ConnectFailed,
}

/// <summary>One Connection Request with its requested protocols, on a connection of its own.</summary>
internal sealed record NegotiationResult(
    RdpProtocol Requested,
    NegotiationOutcome Outcome,
    long ElapsedMilliseconds,
    RdpProtocol? Selected = null,
    NegotiationFailureCode? FailureCode = null,
    byte? ResponseFlags = null,
    string? Reply = null,
    string? Detail = null)
{
    /// <summary>Whether the server speaks RDP at all on this attempt (any Connection Confirm).</summary>
    [JsonIgnore]
    public bool IsConfirm => Outcome is NegotiationOutcome.Accepted or NegotiationOutcome.Downgraded
        or NegotiationOutcome.SelectedOther or NegotiationOutcome.Refused or NegotiationOutcome.Legacy;

    [JsonIgnore]
    public bool SelectedTls => Selected is { } selected && selected.StartsWithTls();
}
