namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>The failure codes of RDP_NEG_FAILURE (MS-RDPBCGR 2.2.1.2.2).</summary>
internal enum NegotiationFailureCode : uint
{
    SslRequiredByServer = 1,
    SslNotAllowedByServer = 2,
    SslCertNotOnServer = 3,
    InconsistentFlags = 4,
    HybridRequiredByServer = 5,
    SslWithUserAuthRequiredByServer = 6,
}

internal static class NegotiationFailureCodeExtensions
{
    public static string ToSpecName(this NegotiationFailureCode code) => code switch
    {
        NegotiationFailureCode.SslRequiredByServer => "SSL_REQUIRED_BY_SERVER",
        NegotiationFailureCode.SslNotAllowedByServer => "SSL_NOT_ALLOWED_BY_SERVER",
        NegotiationFailureCode.SslCertNotOnServer => "SSL_CERT_NOT_ON_SERVER",
        NegotiationFailureCode.InconsistentFlags => "INCONSISTENT_FLAGS",
        NegotiationFailureCode.HybridRequiredByServer => "HYBRID_REQUIRED_BY_SERVER",
        NegotiationFailureCode.SslWithUserAuthRequiredByServer => "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER",
        _ => $"unknown failure code {(uint)code}",
    };
}
