using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

/// <summary>Certificates made for one test, relative to the test's own clock.</summary>
internal static class TestCertificates
{
    public const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";

    public static X509Certificate2 SelfSigned(string commonName, DateTimeOffset notBefore, DateTimeOffset notAfter,
        IReadOnlyList<string>? dnsNames = null, bool likeWindowsRdp = false)
    {
        using var key = RSA.Create(2048);
        var request = Request(commonName, key, dnsNames, likeWindowsRdp);
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return Reload(certificate);
    }

    /// <summary>A self-signed certificate with an ECDSA P-256 key, which no RSA key exchange can use.</summary>
    public static X509Certificate2 SelfSignedEcdsa(string commonName, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthenticationOid)], false));
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return Reload(certificate);
    }

    public static X509Certificate2 Authority(string commonName, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return Reload(certificate);
    }

    /// <param name="caIssuers">An address the certificate names for fetching its issuer's certificate (authority information access).</param>
    public static X509Certificate2 IssuedBy(X509Certificate2 authority, string commonName, DateTimeOffset notBefore, DateTimeOffset notAfter, string? caIssuers = null)
    {
        using var key = RSA.Create(2048);
        var request = Request(commonName, key, null, likeWindowsRdp: true);
        if (caIssuers is not null)
            request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension(null, [caIssuers]));
        using var issued = request.Create(authority, notBefore, notAfter, RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(key);
        return Reload(withKey);
    }

    /// <summary>Writes the certificate and its private key as PEM files, as xrdp reads them.</summary>
    public static void WritePem(X509Certificate2 certificate, string certificatePath, string keyPath)
    {
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        using var key = certificate.GetRSAPrivateKey() ?? throw new InvalidOperationException("The certificate has no RSA private key.");
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
    }

    // Windows' own RDP certificate: key and data encipherment, server authentication.
    private static CertificateRequest Request(string commonName, RSA key, IReadOnlyList<string>? dnsNames, bool likeWindowsRdp)
    {
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (dnsNames is { Count: > 0 })
        {
            var names = new SubjectAlternativeNameBuilder();
            foreach (var name in dnsNames)
            {
                names.AddDnsName(name);
            }
            request.CertificateExtensions.Add(names.Build());
        }
        if (likeWindowsRdp)
        {
            request.CertificateExtensions.Add(new X509KeyUsageExtension(
                X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthenticationOid)], false));
        }
        return request;
    }

    // A PKCS#12 round trip gives a certificate whose key every platform's TLS stack can use.
    private static X509Certificate2 Reload(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
}
