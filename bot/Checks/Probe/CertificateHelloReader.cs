using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// Reads the certificate a server sends in answer to a TLS 1.2 ClientHello that offers only key exchange by RSA
/// encryption (the TLS_RSA_WITH_AES_* suites Windows Server enables by default), then hangs up. Up to TLS 1.2 the
/// certificate travels in clear, and with these suites the server signs nothing before the client's key exchange,
/// which is never sent: the host answers a hello and does no private-key operation. A server that will not answer this
/// hello (TLS 1.3 only, no RSA suite, an ECDSA certificate) is told apart by the caller, which falls back to a full
/// handshake.
/// </summary>
internal sealed class CertificateHelloReader(ProbeOptions options)
{
    /// <summary>
    /// The most the server may send before its certificate has been read: a hello, a chain of a few certificates and
    /// their record headers fit many times over.
    /// </summary>
    internal const int MaxBytesBeforeCertificate = 64 * 1024;

    private static readonly SecureRandom Random = new();

    // The numbers are the IANA code points in both libraries.
    private static readonly int[] StaticRsaSuites = [.. WindowsCipherSuites.StaticRsa.Select(s => (int)s)];

    /// <summary>
    /// What <paramref name="read"/> took from the server's leaf certificate (<paramref name="read"/> must not keep the
    /// certificate, which is disposed after it), or why the server did not send one to this hello.
    /// </summary>
    public async Task<(T? Read, string? Refusal)> ReadAsync<T>(
        Stream stream, string host, Func<X509Certificate2, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var crypto = new LeafCapturingCrypto();
        var client = new LeafOnlyClient(crypto, host);
        var protocol = new TlsClientProtocol();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.TlsTimeout);
        try
        {
            protocol.Connect(client);
            var hello = new byte[protocol.GetAvailableOutputBytes()];
            protocol.ReadOutput(hello, 0, hello.Length);
            await stream.WriteAsync(hello, timeout.Token);
            var buffer = new byte[16 * 1024];
            var received = 0;
            while (crypto.Leaf is null)
            {
                var count = await stream.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, MaxBytesBeforeCertificate - received)), timeout.Token);
                if (count == 0)
                {
                    return (null, received == 0
                        ? "the server closed the connection instead of answering the hello"
                        : $"the server closed the connection after {received} bytes, before its certificate");
                }
                received += count;
                Offer(protocol, crypto, buffer, count);
                if (crypto.Leaf is null && received >= MaxBytesBeforeCertificate)
                {
                    return (null, $"no certificate in the first {MaxBytesBeforeCertificate} bytes");
                }
            }
        }
        catch (TlsFatalAlertReceived e)
        {
            return (null, $"the server refused the hello ({AlertDescription.GetText(e.AlertDescription)})");
        }
        catch (TlsFatalAlert e)
        {
            return (null, $"the server's answer was not a TLS 1.2 handshake with RSA key exchange ({AlertDescription.GetText(e.AlertDescription)})");
        }
        catch (IOException e)
        {
            return (null, $"the connection broke: {e.GetBaseException().Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"no certificate within {options.TlsTimeout.TotalSeconds:0.###} s");
        }
        // Nothing more is sent, not even an alert (Windows logs the alerts it receives as Schannel errors).
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(crypto.Leaf);
        }
        catch (CryptographicException e)
        {
            return (null, $"the server's certificate could not be read: {e.Message}");
        }
        using (certificate)
        {
            return (read(certificate), null);
        }
    }

    private static void Offer(TlsClientProtocol protocol, LeafCapturingCrypto crypto, byte[] buffer, int count)
    {
        try
        {
            protocol.OfferInput(buffer, 0, count);
        }
        catch (TlsFatalAlert) when (crypto.Leaf is not null)
        {
            // The handshake was ended on purpose once the certificate was read (the library wraps the reason).
        }
    }

    /// <summary>
    /// Takes the first certificate of the server's Certificate message, the leaf, as the message is parsed, and ends the
    /// handshake there: before the certificate's key is read (the library tests an RSA modulus for primality, which costs
    /// more than a whole handshake) and before any key exchange is made, let alone sent.
    /// </summary>
    private sealed class LeafCapturingCrypto() : BcTlsCrypto(Random)
    {
        public byte[]? Leaf { get; private set; }

        public override TlsCertificate CreateCertificate(short type, byte[] encoding)
        {
            if (type != CertificateType.X509)
            {
                return base.CreateCertificate(type, encoding);
            }
            Leaf = encoding;
            throw new TlsFatalAlert(AlertDescription.user_canceled);
        }
    }

    /// <summary>A TLS 1.2 client offering static RSA suites only.</summary>
    private sealed class LeafOnlyClient(TlsCrypto crypto, string host) : DefaultTlsClient(crypto)
    {
        public override TlsAuthentication GetAuthentication() => new NoAuthentication();

        protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.TLSv12.Only();

        protected override int[] GetSupportedCipherSuites() => StaticRsaSuites;

        // Nothing is ever renegotiated (the handshake does not even finish), so a server that predates RFC 5746 is read too.
        public override void NotifySecureRenegotiation(bool secureRenegotiation)
        {
        }

        // The name a full handshake would send (SslStream sends a host name, never an address), so a server that picks
        // its certificate by name shows the same one.
        protected override IList<ServerName>? GetSniServerNames() =>
            Uri.CheckHostName(host) == UriHostNameType.Dns && !IPAddress.TryParse(host, out _) && Ascii.IsValid(host)
                ? [new ServerName(NameType.host_name, Encoding.ASCII.GetBytes(host))]
                : null;

        /// <summary>Never asked about the certificate: the handshake ends while the certificate is parsed.</summary>
        private sealed class NoAuthentication : TlsAuthentication
        {
            public void NotifyServerCertificate(TlsServerCertificate serverCertificate) =>
                throw new TlsFatalAlert(AlertDescription.bad_certificate);

            public TlsCredentials? GetClientCredentials(Org.BouncyCastle.Tls.CertificateRequest certificateRequest) => null;
        }
    }
}
