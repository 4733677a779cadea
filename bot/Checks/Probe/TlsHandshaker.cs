using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// Runs a TLS handshake on the connection the server just selected TLS on, and captures the certificate. Every
/// certificate is accepted: the probe reads it, it does not trust it.
/// </summary>
internal sealed class TlsHandshaker(ProbeOptions options)
{
    /// <summary>The handshake, with a copy of the server's certificate the caller owns.</summary>
    public Task<(TlsAttempt Attempt, X509Certificate2? Certificate)> HandshakeAsync(
        Stream stream, string host, SslProtocols offered, CancellationToken cancellationToken) =>
        HandshakeAsync(stream, host, offered, certificate => X509CertificateLoader.LoadCertificate(certificate.RawDataMemory.Span), cancellationToken);

    /// <summary>
    /// The handshake, with what <paramref name="read"/> took from the server's certificate while the handshake held it
    /// (no copy of the certificate is made; <paramref name="read"/> must not keep it).
    /// </summary>
    public async Task<(TlsAttempt Attempt, T? Read)> HandshakeAsync<T>(
        Stream stream, string host, SslProtocols offered, Func<X509Certificate2, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var counting = new ReadCountingStream(stream);
        T? captured = null;
        await using var tls = new SslStream(counting, leaveInnerStreamOpen: true, (_, certificate, _, _) =>
        {
            if (certificate is not null)
            {
                captured ??= read(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            }
            return true;
        });
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.TlsTimeout);
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = host,
                EnabledSslProtocols = offered,
                CertificateChainPolicy = UntrustedChain(),
                // A resumed session shows the certificate of the session, not the one the server serves now.
                AllowTlsResume = false,
            }, timeout.Token);
            return (new TlsAttempt(offered, TlsAttemptStatus.Completed, tls.SslProtocol.ToString(), tls.NegotiatedCipherSuite.ToString()), captured);
        }
        catch (AuthenticationException e)
        {
            // Nothing read means the ClientHello never got an answer because it was never sent: OpenSSL refused locally.
            var status = counting.BytesRead == 0 ? TlsAttemptStatus.NotOfferedLocally : TlsAttemptStatus.RefusedByServer;
            return (new TlsAttempt(offered, status, Detail: e.GetBaseException().Message), captured);
        }
        catch (NotSupportedException e)
        {
            return (new TlsAttempt(offered, TlsAttemptStatus.NotOfferedLocally, Detail: e.Message), captured);
        }
        catch (IOException e)
        {
            return (new TlsAttempt(offered, TlsAttemptStatus.ClosedByServer, Detail: e.GetBaseException().Message), captured);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new TlsAttempt(offered, TlsAttemptStatus.TimedOut,
                Detail: $"no handshake within {options.TlsTimeout.TotalSeconds:0.###} s"), captured);
        }
    }

    /// <summary>
    /// The chain the handshake builds before it asks whether to go on: against no trusted roots, with nothing downloaded
    /// and no revocation lists. Its verdict is never read (every certificate is accepted), and against the system's
    /// trust store, with the intermediates a server left out fetched from the issuer's address, it cost most of a
    /// handshake's CPU and could wait on the network.
    /// </summary>
    private static X509ChainPolicy UntrustedChain() => new()
    {
        TrustMode = X509ChainTrustMode.CustomRootTrust,
        DisableCertificateDownloads = true,
        RevocationMode = X509RevocationMode.NoCheck,
    };
}
