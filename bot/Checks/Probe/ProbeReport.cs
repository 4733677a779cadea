namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// Everything one probe of an RDP listener observed, without credentials: name resolution, TCP, what the
/// server selects for each protocol request, and the TLS layer with its certificate. Steps that could not run
/// (no address, no connection, no TLS selected) are null or empty.
/// </summary>
internal sealed record ProbeReport(
    string Host,
    int Port,
    DateTimeOffset StartedAt,
    long ElapsedMilliseconds,
    DnsResult Dns,
    TcpResult? Tcp,
    IReadOnlyList<NegotiationResult> Negotiations,
    TlsResult? Tls);
