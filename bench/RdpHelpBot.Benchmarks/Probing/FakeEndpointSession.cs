using System.Buffers.Binary;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>
/// One accepted connection of a fake endpoint: reads the X.224 Connection Request, answers as the endpoint's kind,
/// runs the TLS handshake when it selected a TLS-based protocol, then waits for the client to hang up. A connection
/// that starts with a TLS ClientHello gets the handshake directly (the "direct approach" Windows accepts). Whatever a
/// client sends after the negotiation (nmap's MCS Connect Initial) is answered by closing: these are not RDP servers.
/// </summary>
internal sealed class FakeEndpointSession(EndpointKind kind, EndpointCertificates certificates, EndpointCounters counters)
{
    private const byte TlsHandshakeRecord = 0x16;
    private static readonly TimeSpan IdleLimit = TimeSpan.FromSeconds(30);

    // A Windows host's default cipher suites; OpenSSL's own defaults leave out RSA key exchange, which Windows offers.
    private static readonly CipherSuitesPolicy? WindowsSuites = WindowsCipherSuites.ServerPolicy();

    public async Task ServeAsync(Socket socket, CancellationToken stopping)
    {
        counters.Connection();
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        idle.CancelAfter(IdleLimit);
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            var first = new byte[1];
            if (await socket.ReceiveAsync(first, SocketFlags.Peek, idle.Token) == 0)
            {
                return;
            }
            if (first[0] == TlsHandshakeRecord)
            {
                if (kind.HasTls())
                {
                    await ServeTlsAsync(stream, direct: true, idle.Token);
                }
                return;
            }
            if (await ReadRequestAsync(stream, idle.Token) is not { } request)
            {
                return;
            }
            counters.ConnectionRequest();
            var answer = kind.Answer(request.Requested);
            await stream.WriteAsync(answer.Confirm, idle.Token);
            if (answer.StartsTls)
            {
                await ServeTlsAsync(stream, direct: false, idle.Token);
            }
            else if (!answer.ClosesAfterConfirm)
            {
                await WaitForHangUpAsync(stream, idle.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or AuthenticationException)
        {
            // Clients hang up abruptly by design (a refused TLS version, a timeout); the endpoint does not care.
        }
    }

    private async Task ServeTlsAsync(NetworkStream stream, bool direct, CancellationToken cancellationToken)
    {
        await using var tls = new SslStream(stream, leaveInnerStreamOpen: true);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
        {
            ServerCertificateContext = certificates.For(kind),
            CipherSuitesPolicy = WindowsSuites,
        }, cancellationToken);
        counters.TlsHandshake(direct);
        await WaitForHangUpAsync(tls, cancellationToken);
    }

    private async Task WaitForHangUpAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (await stream.ReadAsync(new byte[512], cancellationToken) > 0)
        {
            counters.OtherData();
        }
    }

    // The requested protocols sit in the last 8 bytes (RDP_NEG_REQ: type 1, length 8); without them the client asks
    // for standard RDP security, as nmap's cipher enumeration does.
    private static async Task<Request?> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        await stream.ReadExactlyAsync(header, cancellationToken);
        var length = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(2));
        if (header[0] != 0x03 || length is < 11 or > 1024)
        {
            return null;
        }
        var packet = new byte[length];
        header.CopyTo(packet, 0);
        await stream.ReadExactlyAsync(packet.AsMemory(4), cancellationToken);
        var negotiation = packet.AsSpan(length - 8);
        var hasNegotiation = length >= 19 && negotiation[0] == 0x01 && BinaryPrimitives.ReadUInt16LittleEndian(negotiation[2..]) == 8;
        return new Request(hasNegotiation ? (RdpProtocol)BinaryPrimitives.ReadUInt32LittleEndian(negotiation[4..]) : null);
    }

    private sealed record Request(RdpProtocol? Requested);
}
