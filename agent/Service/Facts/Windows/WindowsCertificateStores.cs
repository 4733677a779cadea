using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RdpHelpBot.Agent.Facts.Windows;

[SupportedOSPlatform("windows")]
internal sealed class WindowsCertificateStores : ICertificateStores
{
    public IReadOnlyList<StoredCertificate> List(string storeName)
    {
        using var store = new X509Store(storeName, StoreLocation.LocalMachine);
        try
        {
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        }
        catch (CryptographicException)
        {
            // The store does not exist; Windows creates "Remote Desktop" with the first self-signed certificate.
            return [];
        }
        return [.. store.Certificates.Select(certificate => Describe(storeName, certificate))];
    }

    private static StoredCertificate Describe(string storeName, X509Certificate2 certificate)
    {
        using (certificate)
        {
            var (file, problem) = certificate.HasPrivateKey ? PrivateKeyFiles.Find(certificate) : (null, null);
            return new StoredCertificate(
                storeName, certificate.Thumbprint.ToUpperInvariant(), certificate.Subject,
                new DateTimeOffset(certificate.NotBefore).ToUniversalTime(), new DateTimeOffset(certificate.NotAfter).ToUniversalTime(),
                certificate.HasPrivateKey, file, problem);
        }
    }
}
