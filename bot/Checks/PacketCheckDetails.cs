using System.Globalization;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Bot.Checks;

/// <summary>What the probe and the host agent report, in the case packet's words: the certificate, and what the listener accepts.</summary>
internal static class PacketCheckDetails
{
    /// <summary>The certificate the listener presented to the probe.</summary>
    public static PacketCertificate Certificate(CertificateSummary certificate) =>
        new(certificate.Subject, certificate.NotBefore, certificate.NotAfter, certificate.Sha1Thumbprint)
        {
            Validity = certificate.Validity switch
            {
                CertificateValidity.Expired => "expired",
                CertificateValidity.NotYetValid => "not yet valid",
                CertificateValidity.ExpiringSoon => $"expires in {certificate.DaysLeft.ToString(CultureInfo.InvariantCulture)} days",
                _ => "valid",
            },
        };

    /// <summary>A certificate the host agent found in a store, as valid or not at <paramref name="now"/>.</summary>
    public static PacketCertificate Certificate(CertificateEntry certificate, DateTimeOffset now) =>
        new(certificate.Subject, certificate.NotBefore, certificate.NotAfter, certificate.Thumbprint)
        {
            Validity = now < certificate.NotBefore ? "not yet valid"
                : now > certificate.NotAfter ? "expired"
                : certificate.PrivateKey.Present ? "valid" : "valid, but without a private key",
        };

    /// <summary>What the probe saw the listener accept: the security protocols it selected and the TLS versions it completed.</summary>
    public static IReadOnlyList<string> ListenerAccepts(ProbeReport report)
    {
        var protocols = report.Negotiations
            .Where(n => n.Outcome == NegotiationOutcome.Accepted && n.Selected is not null)
            .Select(n => n.Selected!.Value.ToSpecName())
            .Distinct(StringComparer.Ordinal)
            .Select(name => $"protocol {name}");
        var versions = report.Tls?.Versions.Where(v => v.Status == TlsAttemptStatus.Completed && v.Version is not null).Select(v => v.Version!).Distinct(StringComparer.Ordinal) ?? [];
        return [.. protocols, .. versions];
    }

    /// <summary>What the listener's settings say it accepts, as the host agent read them (Group Policy winning over the listener's own).</summary>
    public static IReadOnlyList<string> ListenerAccepts(ListenerReport listener)
    {
        var accepts = new List<string>();
        var byPolicy = listener.PolicySecurityLayer is not null ? " (Group Policy)" : "";
        switch (listener.EffectiveSecurityLayer)
        {
            case 0:
                accepts.Add($"RDP security only, no TLS{byPolicy}");
                break;
            case 1:
                accepts.Add($"RDP security or TLS, as the client negotiates{byPolicy}");
                break;
            case 2:
                accepts.Add($"TLS only{byPolicy}");
                break;
        }
        var nlaByPolicy = listener.PolicyUserAuthentication is not null ? " (Group Policy)" : "";
        switch (listener.EffectiveUserAuthentication)
        {
            case 1:
                accepts.Add($"Network Level Authentication required{nlaByPolicy}");
                break;
            case 0:
                accepts.Add($"Network Level Authentication not required{nlaByPolicy}");
                break;
        }
        if (listener.SslCertificateSha1Hash is { Length: > 0 } thumbprint)
            accepts.Add($"listener certificate set to thumbprint {thumbprint}");
        return accepts;
    }
}
