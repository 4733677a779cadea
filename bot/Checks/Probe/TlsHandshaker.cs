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
    public async Task<(TlsAttempt Attempt, X509Certificate2? Certificate)> HandshakeAsync(
        Stream stream, string host, SslProtocols offered, CancellationToken cancellationToken)
    {
        var counting = new ReadCountingStream(stream);
        X509Certificate2? captured = null;
        await using var tls = new SslStream(counting, leaveInnerStreamOpen: true, (_, certificate, _, _) =>
        {
            if (certificate is not null)
            {
                captured ??= X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
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
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
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
}
