using System.Security.Cryptography.X509Certificates;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

/// <summary>How to configure one xrdp instance (xrdp.ini's [Globals] settings).</summary>
internal sealed record XrdpSettings(
    X509Certificate2 Certificate,
    string SecurityLayer = "negotiate",
    string SslProtocols = "TLSv1.2, TLSv1.3",
    string? TlsCiphers = null,
    bool KeyFileMissing = false);

/// <summary>
/// A real xrdp (<c>xrdp --nodaemon --config</c>) on a free loopback port with its own ini, certificate and log in a
/// temporary folder; nothing under /etc is touched. xrdp-sesman is not needed for negotiation and TLS.
/// </summary>
internal sealed class XrdpServer : IAsyncDisposable
{
    private readonly TemporaryFolder _folder;
    private readonly PeerProcess _process;

    private XrdpServer(TemporaryFolder folder, PeerProcess process, int port)
    {
        _folder = folder;
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public ProbeTarget Target => new("localhost", Port);

    public static async Task<XrdpServer> StartAsync(XrdpSettings settings)
    {
        var xrdp = TestPeers.Require("xrdp", "xrdp");
        var folder = new TemporaryFolder();
        var port = PeerProcess.FreePort();
        TestCertificates.WritePem(settings.Certificate, folder.File("cert.pem"), folder.File("key.pem"));
        if (settings.KeyFileMissing)
        {
            File.Delete(folder.File("key.pem"));
        }
        await File.WriteAllTextAsync(folder.File("xrdp.ini"), Ini(settings, port, folder), TestContext.Current.CancellationToken);
        var process = PeerProcess.Start(xrdp, ["--nodaemon", "--config", folder.File("xrdp.ini")]);
        var server = new XrdpServer(folder, process, port);
        try
        {
            await process.WaitForPortAsync(port, server.Log);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _folder.Dispose();
    }

    private string Log() => File.Exists(_folder.File("xrdp.log")) ? File.ReadAllText(_folder.File("xrdp.log")) : "(no xrdp.log)";

    // fork=false keeps every connection in the one process that is killed on dispose.
    private static string Ini(XrdpSettings settings, int port, TemporaryFolder folder) => $"""
        [Globals]
        ini_version=1
        fork=false
        port=tcp://127.0.0.1:{port}
        security_layer={settings.SecurityLayer}
        crypt_level=high
        certificate={folder.File("cert.pem")}
        key_file={folder.File("key.pem")}
        ssl_protocols={settings.SslProtocols}
        {(settings.TlsCiphers is null ? "" : $"tls_ciphers={settings.TlsCiphers}")}

        [Logging]
        LogFile={folder.File("xrdp.log")}
        LogLevel=INFO
        EnableSyslog=false
        """;
}
