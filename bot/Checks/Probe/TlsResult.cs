using System.Security.Authentication;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>How one TLS handshake attempt ended.</summary>
internal enum TlsAttemptStatus
{
    Completed,
    /// <summary>The server answered the ClientHello with an alert.</summary>
    RefusedByServer,
    /// <summary>The server closed or reset the connection instead of answering the ClientHello.</summary>
    ClosedByServer,
    /// <summary>This machine's TLS library refused to offer the version; the server was never asked.</summary>
    NotOfferedLocally,
    TimedOut,
    /// <summary>The server did not select a TLS-based protocol on this connection.</summary>
    NotSelected,
    Failed,
}

/// <summary>What the TLS layer looks like overall.</summary>
internal enum TlsStatus
{
    Completed,
    /// <summary>The server selected TLS, then closed or reset the connection right after the ClientHello.</summary>
    ClosedByServer,
    /// <summary>The server refused every TLS version this machine can offer, old ones included.</summary>
    Refused,
    /// <summary>
    /// The server refused TLS 1.2 and 1.3 and this machine cannot offer TLS 1.0/1.1: a limit of this checker,
    /// the server may only speak the old versions.
    /// </summary>
    OldVersionsOnlySuspected,
    TimedOut,
    Failed,
}

/// <summary>One handshake, with the TLS version it was limited to (None = this machine's defaults).</summary>
internal sealed record TlsAttempt(
    SslProtocols Offered, TlsAttemptStatus Status, string? Version = null, string? CipherSuite = null, string? Detail = null);

/// <summary>The TLS layer after the server selected a TLS-based protocol.</summary>
internal sealed record TlsResult(
    RdpProtocol RequestedWith,
    TlsStatus Status,
    TlsAttempt Handshake,
    IReadOnlyList<TlsAttempt> Versions,
    CertificateSummary? Certificate)
{
    [JsonIgnore]
    public IEnumerable<SslProtocols> AcceptedVersions =>
        Versions.Where(v => v.Status == TlsAttemptStatus.Completed).Select(v => v.Offered);
}
