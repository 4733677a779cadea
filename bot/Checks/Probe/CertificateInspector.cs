using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>Summarises a presented certificate as of a given moment, for a given host name.</summary>
internal static class CertificateInspector
{
    private const string CommonNameOid = "2.5.4.3";

    public static CertificateSummary Inspect(X509Certificate2 certificate, string host, DateTimeOffset now, TimeSpan expiringSoonWithin)
    {
        var notBefore = NotBefore(certificate);
        var notAfter = NotAfter(certificate);
        var remaining = notAfter - now;
        var (dnsNames, ipAddresses, commonName) = NamesOf(certificate);
        return new CertificateSummary(
            certificate.Subject,
            certificate.Issuer,
            IsSelfSigned(certificate),
            notBefore,
            notAfter,
            (int)Math.Truncate(remaining.TotalDays),
            ValidityOf(now, notBefore, remaining, expiringSoonWithin),
            certificate.GetCertHashString(HashAlgorithmName.SHA1),
            KeyUsages(certificate),
            EnhancedKeyUsages(certificate),
            certificate.PublicKey.Oid.FriendlyName ?? certificate.PublicKey.Oid.Value ?? "unknown",
            KeySize(certificate),
            NamesChecked(dnsNames, ipAddresses, commonName),
            HostNameMatcher.Match(host, dnsNames, ipAddresses, commonName));
    }

    public static DateTimeOffset NotBefore(X509Certificate2 certificate) => new(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);

    public static DateTimeOffset NotAfter(X509Certificate2 certificate) => new(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);

    public static bool IsSelfSigned(X509Certificate2 certificate) =>
        certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);

    /// <summary>Whether the certificate names <paramref name="host"/>, read without its key or usages.</summary>
    public static NameMatch MatchName(X509Certificate2 certificate, string host)
    {
        var (dnsNames, ipAddresses, commonName) = NamesOf(certificate);
        return HostNameMatcher.Match(host, dnsNames, ipAddresses, commonName);
    }

    private static (List<string> DnsNames, List<IPAddress> IpAddresses, string? CommonName) NamesOf(X509Certificate2 certificate)
    {
        var alternativeNames = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault();
        return (alternativeNames?.EnumerateDnsNames().ToList() ?? [], alternativeNames?.EnumerateIPAddresses().ToList() ?? [], CommonName(certificate));
    }

    // The common name counts only when there are no DNS names, as in the matching itself.
    private static List<string> NamesChecked(List<string> dnsNames, List<IPAddress> ipAddresses, string? commonName)
    {
        var names = dnsNames.Concat(ipAddresses.Select(a => a.ToString())).ToList();
        if (dnsNames.Count == 0 && commonName is not null)
        {
            names.Add(commonName);
        }
        return names;
    }

    private static CertificateValidity ValidityOf(DateTimeOffset now, DateTimeOffset notBefore, TimeSpan remaining, TimeSpan expiringSoonWithin)
    {
        if (now < notBefore)
        {
            return CertificateValidity.NotYetValid;
        }
        if (remaining <= TimeSpan.Zero)
        {
            return CertificateValidity.Expired;
        }
        return remaining <= expiringSoonWithin ? CertificateValidity.ExpiringSoon : CertificateValidity.Valid;
    }

    private static string? CommonName(X509Certificate2 certificate) =>
        certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(rdn => rdn.GetSingleElementType().Value == CommonNameOid)
            .Select(rdn => rdn.GetSingleElementValue())
            .LastOrDefault();

    private static List<string> KeyUsages(X509Certificate2 certificate)
    {
        var usages = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault()?.KeyUsages ?? X509KeyUsageFlags.None;
        return Enum.GetValues<X509KeyUsageFlags>()
            .Where(flag => flag != X509KeyUsageFlags.None && usages.HasFlag(flag))
            .Select(flag => flag.ToString())
            .ToList();
    }

    private static List<string> EnhancedKeyUsages(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>()
            .SelectMany(extension => extension.EnhancedKeyUsages.Cast<Oid>())
            .Select(oid => oid.FriendlyName is { Length: > 0 } name ? $"{name} ({oid.Value})" : oid.Value ?? "")
            .ToList();

    private static int KeySize(X509Certificate2 certificate)
    {
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return rsa.KeySize;
        }
        using var ecdsa = certificate.GetECDsaPublicKey();
        return ecdsa?.KeySize ?? 0;
    }
}
