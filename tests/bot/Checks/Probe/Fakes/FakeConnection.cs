using System.Buffers.Binary;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

/// <summary>One accepted connection of a <see cref="FakeRdpServer"/>, with the moves a fake server makes.</summary>
internal sealed class FakeConnection(TcpClient client, FakeRdpServer server, CancellationToken stopping)
{
    public NetworkStream Stream { get; } = client.GetStream();

    public CancellationToken Stopping => stopping;

    public async Task<RdpProtocol> ReadRequestAsync()
    {
        var header = new byte[4];
        await Stream.ReadExactlyAsync(header, stopping);
        var request = new byte[BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(2))];
        header.CopyTo(request, 0);
        await Stream.ReadExactlyAsync(request.AsMemory(4), stopping);
        var requested = FakeRdpServer.RequestedProtocols(request);
        server.Record(requested);
        return requested;
    }

    public async Task WriteAsync(byte[] bytes) => await Stream.WriteAsync(bytes, stopping);

    /// <summary>Reads the client's first TLS flight (the ClientHello) without answering it.</summary>
    public async Task<int> ReadClientHelloAsync() => await Stream.ReadAsync(new byte[4096], stopping);

    public async Task WaitForClientToCloseAsync()
    {
        var buffer = new byte[4096];
        while (await Stream.ReadAsync(buffer, stopping) > 0)
        {
        }
    }

    /// <summary>Closes with a TCP reset instead of an orderly close.</summary>
    public void Reset()
    {
        client.Client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }

    /// <summary>
    /// Answers the ClientHello with a TLS 1.2 flight ending at the certificate (<see cref="Tls12ServerFlight"/>), or
    /// with a handshake failure when the hello does not offer the flight's RSA suite; then counts the bytes the
    /// client sends before it hangs up (its key exchange, had it gone on).
    /// </summary>
    public async Task<int> ServeTls12FlightAsync(X509Certificate2 certificate)
    {
        var suites = await Tls12ServerFlight.ReadClientHelloSuitesAsync(Stream, stopping);
        var offered = suites.Contains(Tls12ServerFlight.RsaAes128GcmSha256);
        await Stream.WriteAsync(offered ? Tls12ServerFlight.Flight(certificate) : Tls12ServerFlight.HandshakeFailureAlert(), stopping);
        var after = 0;
        var buffer = new byte[4096];
        int read;
        while ((read = await Stream.ReadAsync(buffer, stopping)) > 0)
        {
            after += read;
        }
        return after;
    }

    public async Task ServeTlsAsync(X509Certificate2 certificate, SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        CipherSuitesPolicy? cipherSuites = null)
    {
        await using var tls = new SslStream(Stream, leaveInnerStreamOpen: true);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
        {
            // Offline: the fake sends what it has and never fetches the issuer a certificate names.
            ServerCertificateContext = SslStreamCertificateContext.Create(certificate, additionalCertificates: null, offline: true),
            EnabledSslProtocols = protocols,
            CipherSuitesPolicy = cipherSuites,
        }, stopping);
        var buffer = new byte[4096];
        while (await tls.ReadAsync(buffer, stopping) > 0)
        {
        }
    }
}
