using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

/// <summary>
/// An in-process listener on 127.0.0.1 that plays whatever part a test gives it, once per connection. It records
/// the protocols each Connection Request asked for.
/// </summary>
internal sealed class FakeRdpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<FakeConnection, Task> _play;
    private readonly Task _acceptLoop;

    private FakeRdpServer(Func<FakeConnection, Task> play)
    {
        _play = play;
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ProbeTarget Target => new("127.0.0.1", Port);

    public ConcurrentQueue<RdpProtocol> Requests { get; } = new();

    public static FakeRdpServer Start(Func<FakeConnection, Task> play) => new(play);

    /// <summary>Answers each request with the bytes the function returns, then waits for the client to hang up.</summary>
    public static FakeRdpServer Replying(Func<RdpProtocol, byte[]> reply) => Start(async connection =>
    {
        var requested = await connection.ReadRequestAsync();
        await connection.WriteAsync(reply(requested));
        await connection.WaitForClientToCloseAsync();
    });

    /// <summary>
    /// Selects TLS whenever the request offers it and serves the certificate; standard RDP security otherwise. With
    /// <paramref name="hold"/>, the answer waits for it after the request is read (a server slow to answer).
    /// </summary>
    public static FakeRdpServer ServingTls(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, Func<CancellationToken, Task>? hold = null) => Start(async connection =>
    {
        var requested = await connection.ReadRequestAsync();
        if (hold is not null)
            await hold(connection.Stopping);
        var ssl = requested.HasFlag(RdpProtocol.Ssl);
        await connection.WriteAsync(ConfirmBytes.Selected(ssl ? RdpProtocol.Ssl : RdpProtocol.Rdp));
        if (ssl)
            await connection.ServeTlsAsync(certificate);
        else
            await connection.WaitForClientToCloseAsync();
    });

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var plays = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                plays.Add(PlayAsync(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Stopped by DisposeAsync (a stopped listener throws InvalidOperationException on the next accept).
        }
        await Task.WhenAll(plays);
    }

    private async Task PlayAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await _play(new FakeConnection(client, this, _stop.Token));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException
                or System.Security.Authentication.AuthenticationException)
            {
                // The probe hangs up abruptly by design (timeouts, refused handshakes); the server side does not care.
            }
        }
    }

    internal void Record(RdpProtocol requested) => Requests.Enqueue(requested);

    internal static RdpProtocol RequestedProtocols(byte[] request) =>
        (RdpProtocol)BinaryPrimitives.ReadUInt32LittleEndian(request.AsSpan(request.Length - 4));
}
