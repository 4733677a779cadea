using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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

    [Fact]
    public async Task ReadAsync_ServerThatOnlyEverAnswersTheHello_ReadsTheCertificateWithoutAKeyExchange()
    {
        // The server plays a TLS 1.2 flight up to its certificate and holds no key: it cannot sign or decrypt anything,
        // so a client that reads the certificate this way makes the host do no private-key operation.
        using var certificate = TestCertificates.SelfSigned("rdp-host", Now.AddDays(-10), Now.AddDays(20), likeWindowsRdp: true);
        var sentAfterFlight = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = FakeRdpServer.Start(async connection =>
        {
            await connection.ReadRequestAsync();
            await connection.WriteAsync(ConfirmBytes.Selected(RdpProtocol.Ssl));
            sentAfterFlight.TrySetResult(await connection.ServeTls12FlightAsync(certificate));
        });

        var read = await CreateSut().ReadAsync("rdp-host", IPAddress.Loopback, server.Port, Ct);

        Assert.Equal(Expected(certificate, nameMatches: true), read.Certificate);
        Assert.Equal(0, await sentAfterFlight.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ReadAsync_ServerSpeakingOnlyTls13_ReadsTheCertificateByAFullHandshake()
    {
        using var certificate = TestCertificates.SelfSigned("rdp-host", Now.AddDays(-10), Now.AddDays(20), likeWindowsRdp: true);
        await using var server = ServingTls(certificate, SslProtocols.Tls13);

        var read = await CreateSut().ReadAsync("rdp-host", IPAddress.Loopback, server.Port, Ct);

        Assert.Equal(Expected(certificate, nameMatches: true), read.Certificate);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ReadAsync_EcdsaCertificate_ReadsItByAFullHandshake()
    {
        using var certificate = TestCertificates.SelfSignedEcdsa("rdp-host", Now.AddDays(-10), Now.AddDays(20));
        await using var server = ServingTls(certificate, SslProtocols.Tls12 | SslProtocols.Tls13);

        var read = await CreateSut().ReadAsync("other-host", IPAddress.Loopback, server.Port, Ct);

        Assert.Equal(Expected(certificate, nameMatches: false), read.Certificate);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ReadAsync_SameCertificateByHelloOrByFullHandshake_ReportsTheSame()
    {
        using var authority = TestCertificates.Authority("Contoso Issuing CA", Now.AddDays(-400), Now.AddDays(300));
        using var certificate = TestCertificates.IssuedBy(authority, "rdp-host.contoso.test", Now.AddDays(-10), Now.AddDays(20));
        await using var anyVersion = ServingTls(certificate, SslProtocols.Tls12 | SslProtocols.Tls13);
        await using var tls13Only = ServingTls(certificate, SslProtocols.Tls13);

        var byHello = await CreateSut().ReadAsync("rdp-host.contoso.test", IPAddress.Loopback, anyVersion.Port, Ct);
        var byHandshake = await CreateSut().ReadAsync("rdp-host.contoso.test", IPAddress.Loopback, tls13Only.Port, Ct);

        Assert.Single(anyVersion.Requests);
        Assert.Equal(2, tls13Only.Requests.Count);
        Assert.NotNull(byHello.Certificate);
        Assert.Equal(byHandshake.Certificate, byHello.Certificate);
    }

    private static CertificateProbe CreateSut() => new(new ProbeOptions(), TimeProvider.System);

    // With the cipher suites a Windows host enables by default (OpenSSL's own defaults leave out RSA key exchange).
    private static FakeRdpServer ServingTls(X509Certificate2 certificate, SslProtocols protocols) => FakeRdpServer.Start(async connection =>
    {
        await connection.ReadRequestAsync();
        await connection.WriteAsync(ConfirmBytes.Selected(RdpProtocol.Ssl));
        await connection.ServeTlsAsync(certificate, protocols, WindowsCipherSuites.ServerPolicy());
    });

    private static CertificateObservation Expected(X509Certificate2 certificate, bool nameMatches) => new(
        certificate.GetCertHashString(HashAlgorithmName.SHA256),
        certificate.GetCertHashString(HashAlgorithmName.SHA1),
        certificate.Subject,
        certificate.Issuer,
        certificate.Subject == certificate.Issuer,
        new DateTimeOffset(certificate.NotBefore.ToUniversalTime()),
        new DateTimeOffset(certificate.NotAfter.ToUniversalTime()),
        nameMatches);

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
