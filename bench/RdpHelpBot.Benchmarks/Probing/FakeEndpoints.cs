using System.Net;
using System.Net.Sockets;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>N fake RDP endpoints on 127.0.0.1, each on its own ephemeral port with its own accept loop.</summary>
internal sealed class FakeEndpoints : IAsyncDisposable
{
    private readonly List<(TcpListener Listener, EndpointKind Kind)> _listeners = [];
    private readonly EndpointCertificates _certificates = new(DateTimeOffset.UtcNow);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _acceptLoops = [];

    public FakeEndpoints(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            _listeners.Add((listener, EndpointKinds.ForIndex(i)));
        }
        foreach (var (listener, kind) in _listeners)
        {
            _acceptLoops.Add(AcceptAsync(listener, new FakeEndpointSession(kind, _certificates, Counters)));
        }
    }

    public EndpointCounters Counters { get; } = new();

    public IReadOnlyList<BenchEndpoint> Endpoints =>
        [.. _listeners.Select(l => new BenchEndpoint(((IPEndPoint)l.Listener.LocalEndpoint).Port, l.Kind))];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var (listener, _) in _listeners)
        {
            listener.Stop();
        }
        await Task.WhenAll(_acceptLoops);
        _certificates.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, FakeEndpointSession session)
    {
        try
        {
            while (true)
            {
                var socket = await listener.AcceptSocketAsync(_stop.Token);
                _ = session.ServeAsync(socket, _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Stopped.
        }
    }
}

/// <summary>One fake endpoint as the endpoint process lists it.</summary>
internal sealed record BenchEndpoint(int Port, EndpointKind Kind);
