using System.Net;
using System.Net.Sockets;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class RdpProbeConnectTests
{
    [Fact]
    public async Task RunAsync_ClosedPort_IsRefused()
    {
        var report = await ProbeRuns.RunAsync(new ProbeTarget("127.0.0.1", ClosedPort()));

        Assert.Equal(TcpStatus.Refused, report.Tcp?.Status);
    }

    [Fact]
    public async Task RunAsync_ListenerWhoseBacklogIsFull_TimesOutLikeAFilteredPort()
    {
        // Linux drops the SYNs a full accept queue cannot take, just as a dropping firewall would.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        var fillers = new List<Socket>();
        for (var i = 0; i < 3; i++)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            fillers.Add(filler);
            _ = filler.ConnectAsync(endpoint, TestContext.Current.CancellationToken).AsTask();
        }
        await Task.Delay(100, TestContext.Current.CancellationToken);

        var report = await ProbeRuns.RunAsync(new ProbeTarget("127.0.0.1", endpoint.Port));

        fillers.ForEach(f => f.Dispose());
        Assert.Equal(TcpStatus.TimedOut, report.Tcp?.Status);
    }

    [Fact]
    public async Task RunAsync_IpAddress_SkipsDns()
    {
        var report = await ProbeRuns.RunAsync(new ProbeTarget("127.0.0.1", ClosedPort()));

        Assert.Equal(DnsStatus.NotNeeded, report.Dns.Status);
    }

    [Fact]
    public async Task RunAsync_NameThatDoesNotExist_IsDnsFailed()
    {
        var report = await ProbeRuns.RunAsync(new ProbeTarget("no-such-host.invalid", 3389));

        Assert.Equal([ProbeFactIds.DnsFailed], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_Localhost_ConnectsToAResolvedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        var report = await ProbeRuns.RunAsync(new ProbeTarget("localhost", ((IPEndPoint)listener.LocalEndpoint).Port));

        Assert.Equal((TcpStatus.Connected, "127.0.0.1"), (report.Tcp?.Status, report.Tcp?.Address));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
