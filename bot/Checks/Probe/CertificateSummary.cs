namespace RdpHelpBot.Bot.Checks.Probe;

internal enum CertificateValidity
{
    Valid,
    /// <summary>Valid, but expires within <see cref="ProbeOptions.ExpiringSoonWithin"/>.</summary>
    ExpiringSoon,
    Expired,
    NotYetValid,
}

internal enum NameMatch
{
    Matches,
    Mismatch,
    /// <summary>The host was given as an address and the certificate names no addresses, which is normal for RDP.</summary>
    NotCheckedForAddress,
}

/// <summary>The certificate the RDP listener presented, read and never trusted.</summary>
internal sealed record CertificateSummary(
    string Subject,
    string Issuer,
    bool SelfSigned,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    int DaysLeft,
    CertificateValidity Validity,
    string Sha1Thumbprint,
    IReadOnlyList<string> KeyUsages,
    IReadOnlyList<string> EnhancedKeyUsages,
    string KeyAlgorithm,
    int KeySize,
    IReadOnlyList<string> Names,
    NameMatch NameMatch);
