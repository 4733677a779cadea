using System.Net;
using System.Net.Sockets;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>Opens TCP connections to an address with a timeout, telling refused from filtered from unreachable.</summary>
internal sealed class TcpConnector(ProbeOptions options, TimeProvider time)
{
    /// <summary>Tries the addresses in order, as a Remote Desktop client does, and keeps the first that connects.</summary>
    public async Task<(TcpResult Result, Socket? Socket)> ConnectFirstAsync(
        IReadOnlyList<IPAddress> addresses, int port, CancellationToken cancellationToken)
    {
        (TcpResult Result, Socket? Socket)? first = null;
        foreach (var address in addresses)
        {
            var attempt = await ConnectAsync(address, port, cancellationToken);
            if (attempt.Socket is not null)
            {
                return attempt;
            }
            first ??= attempt;
        }
        return first ?? throw new ArgumentException("At least one address is needed.", nameof(addresses));
    }

    public async Task<(TcpResult Result, Socket? Socket)> ConnectAsync(IPAddress address, int port, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, port), timeout.Token);
            return (new TcpResult(TcpStatus.Connected, address.ToString(), Elapsed(start)), socket);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            return (new TcpResult(StatusOf(e.SocketErrorCode), address.ToString(), Elapsed(start), $"{e.Message} ({e.SocketErrorCode})"), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            return (new TcpResult(TcpStatus.TimedOut, address.ToString(), Elapsed(start),
                $"no answer within {options.ConnectTimeout.TotalSeconds:0.###} s"), null);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static TcpStatus StatusOf(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => TcpStatus.Refused,
        SocketError.TimedOut => TcpStatus.TimedOut,
        SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown or SocketError.NetworkDown
            => TcpStatus.Unreachable,
        _ => TcpStatus.Failed,
    };

    private long Elapsed(long start) => (long)time.GetElapsedTime(start).TotalMilliseconds;
}
