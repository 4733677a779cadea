using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

/// <summary>The probe against real xrdp servers on loopback (rdp.md §4.2, §4.5).</summary>
public sealed class XrdpProbeTests
{
    private static readonly DateTimeOffset Now = ProbeRuns.Now;

    [Fact]
    public async Task RunAsync_NegotiateWithValidCertificate_FindsRdpOkAndValidCertificate()
    {
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate()));

        Assert.Equal([ProbeFactIds.RdpOk, ProbeFactIds.CertValid], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_NegotiateWithValidCertificate_CapturesTheServedCertificate()
    {
        using var certificate = ValidCertificate();

        var report = await ProbeAsync(new XrdpSettings(certificate));

        Assert.Equal(certificate.Thumbprint, report.Tls?.Certificate?.Sha1Thumbprint);
    }

    [Fact]
    public async Task RunAsync_NegotiateAskedForNla_SelectsTlsBecauseXrdpHasNoNla()
    {
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate()));

        Assert.Equal(RdpProtocol.Ssl, report.Negotiations.Single(n => n.Requested == (RdpProtocol.Ssl | RdpProtocol.Hybrid)).Selected);
    }

    [Fact]
    public async Task RunAsync_NegotiateAskedForRdsTls_IsSilentlyDowngraded()
    {
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate()));

        Assert.Equal(NegotiationOutcome.Downgraded, report.Negotiations.Single(n => n.Requested == RdpProtocol.RdsTls).Outcome);
    }

    [Fact]
    public async Task RunAsync_NegotiateWithValidCertificate_AcceptsTls12And13()
    {
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate()));

        Assert.Equal([System.Security.Authentication.SslProtocols.Tls13, System.Security.Authentication.SslProtocols.Tls12],
            report.Tls!.AcceptedVersions);
    }

    [Fact]
    public async Task RunAsync_ExpiredCertificate_FindsCertificateExpired()
    {
        using var expired = TestCertificates.SelfSigned("localhost", new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), likeWindowsRdp: true);

        var report = await ProbeAsync(new XrdpSettings(expired));

        Assert.Equal([ProbeFactIds.RdpOk, ProbeFactIds.CertExpired], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_TlsOnlyAskedForRdp_IsSslRequiredByServer()
    {
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate(), SecurityLayer: "tls"));

        Assert.Equal(NegotiationFailureCode.SslRequiredByServer, report.Negotiations.Single(n => n.Requested == RdpProtocol.Rdp).FailureCode);
    }

    [Fact]
    public async Task RunAsync_TlsOnly_FindsSslRequiredAndWorkingTls()
    {
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate(), SecurityLayer: "tls"));

        Assert.Equal([ProbeFactIds.SslRequired, ProbeFactIds.RdpOk, ProbeFactIds.CertValid], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_RdpOnly_FindsRdpSecurityOnly()
    {
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate(), SecurityLayer: "rdp"));

        Assert.Equal([ProbeFactIds.RdpSecurityOnly], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_RdpOnly_NeverGetsToTls()
    {
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate(), SecurityLayer: "rdp"));

        Assert.Null(report.Tls);
    }

    [Fact]
    public async Task RunAsync_TlsOnlyWithoutItsKeyFile_FindsSslCertNotOnServer()
    {
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate(), SecurityLayer: "tls", KeyFileMissing: true));

        Assert.Equal([ProbeFactIds.SslCertNotOnServer], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_Tls10Only_IsReportedAsOldTlsVersionsNeverAsACertificateProblem()
    {
        // rdp.md §4.5 "33908": with OpenSSL's defaults this machine cannot offer TLS 1.0; with a legacy OpenSSL
        // configuration it can, and the server then completes TLS 1.0 only. Either way: old versions only.
        var report = await ProbeAsync(new XrdpSettings(ValidCertificate(), SslProtocols: "TLSv1", TlsCiphers: "DEFAULT:@SECLEVEL=0"));

        Assert.Equal([ProbeFactIds.TlsOldVersionsOnly], ProbeFindings.FactIds(report).Where(id => id != ProbeFactIds.RdpOk && id != ProbeFactIds.CertValid));
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 ValidCertificate() =>
        TestCertificates.SelfSigned("localhost", Now.AddDays(-1), Now.AddDays(365));

    private static async Task<ProbeReport> ProbeAsync(XrdpSettings settings)
    {
        await using var server = await XrdpServer.StartAsync(settings);
        return await ProbeRuns.RunAsync(server.Target, ProbeRuns.ShortTimeouts with { ReadTimeout = TimeSpan.FromSeconds(3) });
    }
}
