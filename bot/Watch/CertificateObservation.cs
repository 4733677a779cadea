namespace RdpHelpBot.Bot.Watch;

/// <summary>The certificate one address served on one pass: what judges it, nothing more.</summary>
internal sealed record CertificateObservation(
    string Sha256,
    string Sha1,
    string Subject,
    string Issuer,
    bool SelfSigned,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    bool NameMatches)
{
    /// <summary>Whole days left at <paramref name="now"/>, negative once expired (as the probe counts them).</summary>
    public int DaysLeftAt(DateTimeOffset now) => (int)Math.Truncate((NotAfter - now).TotalDays);

    public bool IsExpiredAt(DateTimeOffset now) => now >= NotAfter;
}

/// <summary>One address of a watched host on one pass: the certificate it served, or why none was read.</summary>
internal sealed record AddressObservation(string Address, CertificateObservation? Certificate, string? Problem = null);

/// <summary>
/// One pass over one host: every address its name resolved to, each with its certificate or its problem; or,
/// with no addresses, why none could be probed (not resolved, refused by the host-check policy).
/// </summary>
internal sealed record HostObservation(DateTimeOffset At, IReadOnlyList<AddressObservation> Addresses, string? Problem = null)
{
    public string? ProblemInWords => Problem ?? Addresses.Select(a => a.Problem).FirstOrDefault(p => p is not null);
}
