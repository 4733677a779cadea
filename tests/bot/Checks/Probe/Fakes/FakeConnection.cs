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

    public async Task ServeTlsAsync(X509Certificate2 certificate, SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13)
    {
        await using var tls = new SslStream(Stream, leaveInnerStreamOpen: true);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
        {
            // Offline: the fake sends what it has and never fetches the issuer a certificate names.
            ServerCertificateContext = SslStreamCertificateContext.Create(certificate, additionalCertificates: null, offline: true),
            EnabledSslProtocols = protocols,
        }, stopping);
        var buffer = new byte[4096];
        while (await tls.ReadAsync(buffer, stopping) > 0)
        {
        }
    }
}
