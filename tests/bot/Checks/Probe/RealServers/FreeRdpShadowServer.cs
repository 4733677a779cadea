using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

/// <summary>
/// FreeRDP's shadow server requiring NLA (<c>freerdp-shadow-cli /sec:nla</c>) on a free loopback port, shadowing
/// an Xvfb display of its own; its certificate is generated under a temporary HOME.
/// </summary>
internal sealed class FreeRdpShadowServer : IAsyncDisposable
{
    private readonly TemporaryFolder _home;
    private readonly PeerProcess _display;
    private readonly PeerProcess? _shadow;

    private FreeRdpShadowServer(TemporaryFolder home, PeerProcess display, PeerProcess? shadow, int port)
    {
        _home = home;
        _display = display;
        _shadow = shadow;
        Port = port;
    }

    public int Port { get; }

    public ProbeTarget Target => new("127.0.0.1", Port);

    public static async Task<FreeRdpShadowServer> StartAsync()
    {
        var shadowCli = TestPeers.Require("freerdp-shadow-cli", "freerdp2-shadow-x11");
        var xvfb = TestPeers.Require("Xvfb", "xvfb");
        var home = new TemporaryFolder();
        // -noreset: the readiness check is a client too, and an X server resets when its last client leaves.
        var display = PeerProcess.Start(xvfb, ["-displayfd", "1", "-screen", "0", "800x600x24", "-nolisten", "tcp", "-noreset"]);
        FreeRdpShadowServer? server = null;
        try
        {
            await display.WaitForOutputLineAsync(line => int.TryParse(line, out _), "display number");
            var displayNumber = display.Output.Split('\n').First(line => int.TryParse(line, out _)).Trim();
            await display.WaitForUnixSocketAsync($"/tmp/.X11-unix/X{displayNumber}");
            var port = PeerProcess.FreePort();
            var shadow = PeerProcess.Start(shadowCli, ["/bind-address:127.0.0.1", $"/port:{port}", "/sec:nla"],
                new Dictionary<string, string> { ["DISPLAY"] = $":{displayNumber}", ["HOME"] = home.Path });
            server = new FreeRdpShadowServer(home, display, shadow, port);
            await shadow.WaitForPortAsync(port, () => $"Xvfb :{displayNumber}: {display.Output}");
            return server;
        }
        catch
        {
            await (server?.DisposeAsync() ?? new FreeRdpShadowServer(home, display, null, 0).DisposeAsync());
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_shadow is not null)
        {
            await _shadow.DisposeAsync();
        }
        await _display.TerminateAsync();
        await _display.DisposeAsync();
        _home.Dispose();
    }
}
