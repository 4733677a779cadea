using System.Net;
using System.Net.Sockets;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>Opens a fresh connection to the address that answered and sends one Connection Request on it.</summary>
internal sealed class ProbeConnection(TcpConnector connector, Negotiator negotiator, IPAddress address, int port)
{
    public async Task<(NegotiationResult Result, NetworkStream? Stream)> NegotiateAsync(
        RdpProtocol requested, CancellationToken cancellationToken, Socket? connected = null)
    {
        var socket = connected;
        if (socket is null)
        {
            (var tcp, socket) = await connector.ConnectAsync(address, port, cancellationToken);
            if (socket is null)
            {
                return (new NegotiationResult(requested, NegotiationOutcome.ConnectFailed, tcp.ElapsedMilliseconds,
                    Detail: $"{tcp.Status}: {tcp.Error}"), null);
            }
        }
        var stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            return (await negotiator.NegotiateAsync(stream, requested, cancellationToken), stream);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }
}
