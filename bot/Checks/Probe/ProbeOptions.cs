using System.Security.Authentication;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>Limits and choices for one probe. Every wait has a timeout so a silent server never hangs the probe.</summary>
internal sealed record ProbeOptions
{
    /// <summary>The requests in the order they are sent, one connection each (default: RDP, SSL, SSL|HYBRID, SSL|HYBRID|HYBRID_EX, RDSTLS).</summary>
    public static IReadOnlyList<RdpProtocol> DefaultProtocolRequests { get; } =
    [
        RdpProtocol.Rdp,
        RdpProtocol.Ssl,
        RdpProtocol.Hybrid | RdpProtocol.Ssl,
        RdpProtocol.HybridEx | RdpProtocol.Hybrid | RdpProtocol.Ssl,
        RdpProtocol.RdsTls,
    ];

#pragma warning disable SYSLIB0039 // TLS 1.0/1.1 are obsolete, and that is the point: telling a server that only speaks them.
    /// <summary>The TLS versions tried one by one (default: 1.3, 1.2, 1.1, 1.0).</summary>
    public static IReadOnlyList<SslProtocols> DefaultTlsVersions { get; } =
        [SslProtocols.Tls13, SslProtocols.Tls12, SslProtocols.Tls11, SslProtocols.Tls];
#pragma warning restore SYSLIB0039

    /// <summary>Resolving the host name (default 5 s).</summary>
    public TimeSpan DnsTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Each TCP connect (default 5 s).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Waiting for the Connection Confirm (default 5 s).</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Each TLS handshake (default 5 s).</summary>
    public TimeSpan TlsTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A certificate that expires within this time is reported as expiring soon (default 14 days).</summary>
    public TimeSpan ExpiringSoonWithin { get; init; } = TimeSpan.FromDays(14);

    /// <summary>The identifier sent as <c>Cookie: mstshash=</c> (default none: no cookie).</summary>
    public string? CookieIdentifier { get; init; }

    public IReadOnlyList<RdpProtocol> ProtocolRequests { get; init; } = DefaultProtocolRequests;

    public IReadOnlyList<SslProtocols> TlsVersions { get; init; } = DefaultTlsVersions;

    /// <summary>Fails fast with a message that names the bad setting.</summary>
    public void Validate()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(DnsTimeout), DnsTimeout), (nameof(ConnectTimeout), ConnectTimeout),
            (nameof(ReadTimeout), ReadTimeout), (nameof(TlsTimeout), TlsTimeout),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
            }
        }
        if (ExpiringSoonWithin < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ExpiringSoonWithin), ExpiringSoonWithin, "ExpiringSoonWithin must not be negative.");
        }
        if (CookieIdentifier is not null && X224ConnectionRequest.ProblemWithCookie(CookieIdentifier) is { } problem)
        {
            throw new ArgumentException(problem, nameof(CookieIdentifier));
        }
        if (ProtocolRequests.Count == 0)
        {
            throw new ArgumentException("ProtocolRequests must name at least one request.", nameof(ProtocolRequests));
        }
    }
}
