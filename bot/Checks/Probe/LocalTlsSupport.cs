using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// Whether this machine's TLS stack can offer a TLS version at all. OpenSSL's defaults on current distributions refuse
/// TLS 1.0 and 1.1 before a ClientHello is written; knowing that up front spares the probed host a connection and a
/// Connection Request per such version (two of nine per host). Found out once per version per process, by a handshake
/// into a stream that leads nowhere.
/// </summary>
internal static class LocalTlsSupport
{
    private static readonly ConcurrentDictionary<SslProtocols, Lazy<Task<string?>>> Refusals = new();

    /// <summary>Why this machine cannot offer the version (the local TLS stack's own message), or null when it can.</summary>
    public static Task<string?> RefusalAsync(SslProtocols version) =>
        Refusals.GetOrAdd(version, v => new Lazy<Task<string?>>(() => TryOfferAsync(v))).Value;

    private static async Task<string?> TryOfferAsync(SslProtocols version)
    {
        await using var tls = new SslStream(new ClientHelloSink(), leaveInnerStreamOpen: false, (_, _, _, _) => true);
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "localhost",
                EnabledSslProtocols = version,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            });
        }
        catch (AuthenticationException e)
        {
            // Nothing ever answers in the sink, so a refusal can only come from this machine's TLS stack.
            return e.GetBaseException().Message;
        }
        catch (NotSupportedException e)
        {
            return e.Message;
        }
        catch (IOException)
        {
            // The ClientHello was written and met the end of the stream: the version can be offered.
        }
        return null;
    }

    /// <summary>Takes whatever is written and answers every read with the end of the stream.</summary>
    private sealed class ClientHelloSink : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => 0;

        public override void Write(byte[] buffer, int offset, int count)
        {
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.CompletedTask;

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
