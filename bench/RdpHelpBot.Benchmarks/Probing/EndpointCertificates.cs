using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>
/// The fake endpoints' certificates, made once at start-up like Windows' own RDP certificate: self-signed RSA 2048,
/// key and data encipherment, server authentication. One valid and one expired certificate, shared by all endpoints
/// of a kind (a key per endpoint would make start-up slow without changing the handshakes).
/// </summary>
internal sealed class EndpointCertificates : IDisposable
{
    private readonly X509Certificate2 _valid;
    private readonly X509Certificate2 _expired;

    public EndpointCertificates(DateTimeOffset now)
    {
        _valid = SelfSigned("rdp-bench-valid", now.AddDays(-30), now.AddDays(150));
        _expired = SelfSigned("rdp-bench-expired", now.AddDays(-400), now.AddDays(-35));
        Valid = SslStreamCertificateContext.Create(_valid, null, offline: true);
        Expired = SslStreamCertificateContext.Create(_expired, null, offline: true);
    }

    public SslStreamCertificateContext Valid { get; }

    public SslStreamCertificateContext Expired { get; }

    public SslStreamCertificateContext For(EndpointKind kind) =>
        kind == EndpointKind.NlaRequiredExpiredCertificate ? Expired : Valid;

    public void Dispose()
    {
        _valid.Dispose();
        _expired.Dispose();
    }

    private static X509Certificate2 SelfSigned(string commonName, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        // A PKCS#12 round trip gives a certificate whose key OpenSSL can use for the handshake.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
