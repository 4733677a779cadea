namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>The knowledge's fact ids (origin: check) that probe findings stand for.</summary>
internal static class ProbeFactIds
{
    public const string DnsFailed = "check-dns-failed";
    public const string TcpRefused = "check-tcp-refused";
    public const string TcpFiltered = "check-tcp-filtered";
    public const string NotRdp = "check-not-rdp";
    public const string ClosedAfterRequest = "check-closed-after-request";
    public const string RdpOk = "check-rdp-ok";
    public const string CertExpired = "check-cert-expired";
    public const string CertExpiringSoon = "check-cert-expiring-soon";
    public const string CertValid = "check-cert-valid";
    public const string CertNameMismatch = "check-cert-name-mismatch";
    public const string TlsFailedAfterSsl = "check-tls-failed-after-ssl";
    public const string SslCertNotOnServer = "check-ssl-cert-not-on-server";
    public const string TlsOldVersionsOnly = "check-tls-old-versions-only";
    public const string HybridRequired = "check-hybrid-required";
    public const string SslRequired = "check-ssl-required";
    public const string RdpSecurityOnly = "check-rdp-security-only";
    public const string LegacyServer = "check-legacy-server";

    public static IReadOnlyList<string> All { get; } =
    [
        DnsFailed, TcpRefused, TcpFiltered, NotRdp, ClosedAfterRequest, RdpOk, CertExpired, CertExpiringSoon, CertValid,
        CertNameMismatch, TlsFailedAfterSsl, SslCertNotOnServer, TlsOldVersionsOnly, HybridRequired, SslRequired,
        RdpSecurityOnly, LegacyServer,
    ];
}
