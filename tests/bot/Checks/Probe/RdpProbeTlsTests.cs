using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class RdpProbeTlsTests
{
    private static readonly DateTimeOffset Now = ProbeRuns.Now;

    [Fact]
    public async Task RunAsync_ValidCertificate_FindsRdpOkAndValidCertificate()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(41).AddHours(1));

        var report = await ProbeTlsServerAsync(certificate);

        Assert.Equal([ProbeFactIds.RdpOk, ProbeFactIds.CertValid], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_ValidCertificate_ReportsDaysLeft()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(41).AddHours(1));

        var report = await ProbeTlsServerAsync(certificate);

        Assert.Equal(41, report.Tls?.Certificate?.DaysLeft);
    }

    [Fact]
    public async Task RunAsync_ServedCertificate_IsTheOneCaptured()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100));

        var report = await ProbeTlsServerAsync(certificate);

        Assert.Equal(certificate.Thumbprint, report.Tls?.Certificate?.Sha1Thumbprint);
    }

    [Fact]
    public async Task RunAsync_ExpiredCertificate_FindsCertificateExpired()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-400), Now.AddDays(-3).AddHours(-1));

        var report = await ProbeTlsServerAsync(certificate);

        Assert.Equal([ProbeFactIds.RdpOk, ProbeFactIds.CertExpired], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_NotYetValidCertificate_ReportsIt()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(2), Now.AddDays(400));

        var report = await ProbeTlsServerAsync(certificate);

        Assert.Equal(CertificateValidity.NotYetValid, report.Tls?.Certificate?.Validity);
    }

    [Fact]
    public async Task RunAsync_CertificateIssuedByATestAuthority_IsNotSelfSigned()
    {
        using var authority = TestCertificates.Authority("Probe Test CA", Now.AddDays(-30), Now.AddDays(300));
        using var certificate = TestCertificates.IssuedBy(authority, "localhost", Now.AddDays(-10), Now.AddDays(100));

        var report = await ProbeTlsServerAsync(certificate);

        Assert.Equal((false, "CN=Probe Test CA"), (report.Tls?.Certificate?.SelfSigned, report.Tls?.Certificate?.Issuer));
    }

    [Fact]
    public async Task RunAsync_CertificateForAnotherName_FindsNameMismatch()
    {
        using var certificate = TestCertificates.SelfSigned("vm7.corp.example", Now.AddDays(-10), Now.AddDays(100));

        var report = await ProbeTlsServerAsync(certificate);

        Assert.Contains(ProbeFactIds.CertNameMismatch, ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_WindowsLikeCertificate_ReportsKeyUsageAndServerAuthentication()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100), likeWindowsRdp: true);

        var report = await ProbeTlsServerAsync(certificate);

        Assert.Equal((2, 1), (report.Tls?.Certificate?.KeyUsages.Count, report.Tls?.Certificate?.EnhancedKeyUsages.Count));
    }

    [Fact]
    public async Task RunAsync_ServerSpeakingOnlyTls12_MapsVersions()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100));

        var report = await ProbeTlsServerAsync(certificate, SslProtocols.Tls12);

        Assert.Equal([SslProtocols.Tls12], report.Tls!.AcceptedVersions);
    }

    [Fact]
    public async Task RunAsync_ServerSpeakingOnlyTls12_RefusesTls13WithAnAlert()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100));

        var report = await ProbeTlsServerAsync(certificate, SslProtocols.Tls12);

        Assert.Equal(TlsAttemptStatus.RefusedByServer, report.Tls!.Versions.Single(v => v.Offered == SslProtocols.Tls13).Status);
    }

    [Fact]
    public async Task RunAsync_NlaServer_RunsTlsAfterHybridIsSelected()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100));
        await using var server = FakeRdpServer.Start(async connection =>
        {
            var requested = await connection.ReadRequestAsync();
            if (!requested.HasFlag(RdpProtocol.Hybrid))
            {
                await connection.WriteAsync(ConfirmBytes.Failure(NegotiationFailureCode.HybridRequiredByServer));
                return;
            }
            await connection.WriteAsync(ConfirmBytes.Selected(RdpProtocol.Hybrid, 0x03));
            await connection.ServeTlsAsync(certificate);
        });

        var report = await ProbeRuns.RunAsync(server.Target with { Host = "localhost" });

        Assert.Equal([ProbeFactIds.HybridRequired, ProbeFactIds.RdpOk, ProbeFactIds.CertValid], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_ClosedRightAfterClientHello_FindsTlsFailedAfterSsl()
    {
        await using var server = SelectingSsl(async connection => await connection.ReadClientHelloAsync());

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.Equal([ProbeFactIds.TlsFailedAfterSsl], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_ResetRightAfterClientHello_IsClosedByServer()
    {
        await using var server = SelectingSsl(async connection =>
        {
            await connection.ReadClientHelloAsync();
            connection.Reset();
        });

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.Equal(TlsStatus.ClosedByServer, report.Tls?.Status);
    }

    [Fact]
    public async Task RunAsync_AlertOnEveryClientHello_IsNeverACertificateFinding()
    {
        // What a TLS 1.0-only server answers a modern ClientHello with: a fatal handshake_failure alert.
        await using var server = SelectingSsl(async connection =>
        {
            await connection.ReadClientHelloAsync();
            await connection.WriteAsync([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28]);
        });

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.DoesNotContain(ProbeFindings.FactIds(report), id => id.StartsWith("check-cert-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_AlertOnEveryClientHello_IsRefusedByTheServerForModernVersions()
    {
        await using var server = SelectingSsl(async connection =>
        {
            await connection.ReadClientHelloAsync();
            await connection.WriteAsync([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28]);
        });

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.All(report.Tls!.Versions.Where(v => v.Offered is SslProtocols.Tls12 or SslProtocols.Tls13),
            v => Assert.Equal(TlsAttemptStatus.RefusedByServer, v.Status));
    }

    [Fact]
    public async Task RunAsync_HandshakeThatNeverAnswers_TimesOutWithoutRetryingEachVersion()
    {
        await using var server = SelectingSsl(async connection =>
        {
            await connection.ReadClientHelloAsync();
            await connection.WaitForClientToCloseAsync();
        });

        var report = await ProbeRuns.RunAsync(server.Target, ProbeRuns.ShortTimeouts with { TlsTimeout = TimeSpan.FromMilliseconds(300) });

        Assert.Equal((TlsStatus.TimedOut, 0), (report.Tls?.Status, report.Tls?.Versions.Count));
    }

    [Fact]
    public async Task RunAsync_VersionThisMachineCannotOffer_OpensNoConnectionForIt()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100));
        await using var server = SelectingSsl(connection => connection.ServeTlsAsync(certificate));
        var options = ProbeRuns.ShortTimeouts with { TlsVersions = [ObsoleteSsl3, SslProtocols.Tls12] };

        await ProbeRuns.RunAsync(server.Target, options);

        Assert.Equal(options.ProtocolRequests.Count + 1, server.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_VersionThisMachineCannotOffer_IsReportedAsNotOfferedLocally()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100));
        await using var server = SelectingSsl(connection => connection.ServeTlsAsync(certificate));

        var report = await ProbeRuns.RunAsync(server.Target, ProbeRuns.ShortTimeouts with { TlsVersions = [ObsoleteSsl3, SslProtocols.Tls12] });

        Assert.Equal([TlsAttemptStatus.NotOfferedLocally, TlsAttemptStatus.Completed], report.Tls!.Versions.Select(v => v.Status));
    }

#pragma warning disable CS0618 // No TLS stack here offers SSL 3.0: a version this machine refuses on every platform.
    private static SslProtocols ObsoleteSsl3 => SslProtocols.Ssl3;
#pragma warning restore CS0618

    private static FakeRdpServer SelectingSsl(Func<FakeConnection, Task> afterConfirm) => FakeRdpServer.Start(async connection =>
    {
        var requested = await connection.ReadRequestAsync();
        await connection.WriteAsync(ConfirmBytes.Selected(requested.HasFlag(RdpProtocol.Ssl) ? RdpProtocol.Ssl : RdpProtocol.Rdp));
        if (requested.HasFlag(RdpProtocol.Ssl))
        {
            await afterConfirm(connection);
        }
    });

    private static async Task<ProbeReport> ProbeTlsServerAsync(X509Certificate2 certificate, SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13)
    {
        await using var server = SelectingSsl(connection => connection.ServeTlsAsync(certificate, protocols));
        return await ProbeRuns.RunAsync(server.Target with { Host = "localhost" });
    }
}
