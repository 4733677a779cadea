using System.Net;
using System.Net.Sockets;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

public sealed class CertificateProbeTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_CertificateNamingWhereItsIssuerIs_ReadsItWithoutFetchingFromThere()
    {
        // The server sends its certificate without the issuing CA's, and the certificate names an address to fetch
        // the CA's from: a server's say-so, which the watch must not make the bot connect to.
        using var issuerAddress = new TcpListener(IPAddress.Loopback, 0);
        issuerAddress.Start();
        var fetched = CountConnectionsAsync(issuerAddress);
        using var authority = TestCertificates.Authority("Contoso Issuing CA", Now.AddDays(-400), Now.AddDays(300));
        using var certificate = TestCertificates.IssuedBy(authority, "localhost", Now.AddDays(-10), Now.AddDays(20),
            caIssuers: $"http://127.0.0.1:{((IPEndPoint)issuerAddress.LocalEndpoint).Port}/issuing-ca.crt");
        await using var server = FakeRdpServer.ServingTls(certificate);

        var read = await new CertificateProbe(new ProbeOptions(), TimeProvider.System).ReadAsync("localhost", IPAddress.Loopback, server.Port, Ct);

        Assert.Equal("CN=Contoso Issuing CA", read.Certificate?.Issuer);
        issuerAddress.Stop();
        Assert.Equal(0, await fetched);
    }

    private static async Task<int> CountConnectionsAsync(TcpListener listener)
    {
        var count = 0;
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                count++;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Stopped by the test once the read is done.
        }
        return count;
    }
}
