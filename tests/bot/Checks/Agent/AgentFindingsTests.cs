using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Bot.Checks.Agent;

namespace RdpHelpBot.Bot.Tests.Checks.Agent;

public sealed class AgentFindingsTests
{
    private static IReadOnlyList<string> FactIds(AgentReport report) =>
        [.. AgentFindings.From(report, AgentReports.Now).Select(f => f.FactId)];

    [Fact]
    public void From_HealthyHost_ReportsTheGoodNewsOnly()
    {
        Assert.Equal(
            [AgentFactIds.TermServiceRunning, AgentFactIds.CertKeyReadable, AgentFactIds.MachineKeysAclOk, AgentFactIds.NlaRequired,
                AgentFactIds.NoCertificateErrorsLogged],
            FactIds(AgentReports.Healthy));
    }

    [Fact]
    public void From_HealthyHost_MarksEveryFindingNormal()
    {
        Assert.All(AgentFindings.From(AgentReports.Healthy, AgentReports.Now), finding => Assert.True(finding.IsNormal, finding.FactId));
    }

    [Fact]
    public void From_TermServiceStopped_IsNotNormal()
    {
        var report = AgentReports.Healthy with { Services = [new ServiceReport("TermService", ServiceRunState.Stopped)] };

        Assert.False(AgentFindings.From(report, AgentReports.Now).Single(f => f.FactId == AgentFactIds.TermServiceStopped).IsNormal);
    }

    [Fact]
    public void From_TermServiceStopped_SaysSoInPlainWords()
    {
        var report = AgentReports.Healthy with
        {
            Services = [new ServiceReport("TermService", ServiceRunState.Stopped)],
        };

        var finding = AgentFindings.From(report, AgentReports.Now).First();

        Assert.Equal((AgentFactIds.TermServiceStopped, "The Remote Desktop Services service (TermService) is not running on RDP01 (state: Stopped)."),
            (finding.FactId, finding.Text));
    }

    [Fact]
    public void From_KeyIsoStopped_IsACertificateServiceStopped()
    {
        var report = AgentReports.Healthy with
        {
            Services = [new ServiceReport("TermService", ServiceRunState.Running), new ServiceReport("KeyIso", ServiceRunState.Stopped)],
        };

        Assert.Contains(AgentFactIds.CertServicesStopped, FactIds(report));
    }

    [Fact]
    public void From_KeyNotReadableByNetworkService_IsKeyNotReadable()
    {
        var locked = new AccessReport(@"C:\k", [new AccessRule("S-1-5-18", true, 0x1F01FF)], false, true);
        var certificate = AgentReports.Healthy.Certificates.RemoteDesktopStore[0] with { PrivateKey = new PrivateKeyReport(true, @"C:\k", locked) };
        var report = AgentReports.Healthy with { Certificates = new CertificateReport([certificate], null) };

        Assert.Contains(AgentFactIds.CertKeyNotReadable, FactIds(report));
    }

    [Fact]
    public void From_ExpiredCertificate_IsCertExpired()
    {
        var certificate = AgentReports.Healthy.Certificates.RemoteDesktopStore[0] with { NotAfter = AgentReports.Now.AddDays(-2) };
        var report = AgentReports.Healthy with { Certificates = new CertificateReport([certificate], null) };

        Assert.Contains(AgentFactIds.CertExpired, FactIds(report));
    }

    [Fact]
    public void From_HashWithoutItsCertificate_IsHashMismatch()
    {
        var report = AgentReports.Healthy with { Listener = AgentReports.Healthy.Listener with { SslCertificateSha1Hash = "FFEE" } };

        Assert.Contains(AgentFactIds.CertHashMismatch, FactIds(report));
    }

    [Fact]
    public void From_MachineKeysWithoutAdministrators_IsAclWrong()
    {
        var report = AgentReports.Healthy with { MachineKeys = AgentReports.Healthy.MachineKeys with { AdministratorsHaveFullControl = false } };

        Assert.Contains(AgentFactIds.MachineKeysAclWrong, FactIds(report));
    }

    [Fact]
    public void From_MachineKeysUnreadable_SaysNothingAboutThem()
    {
        var report = AgentReports.Healthy with
        {
            MachineKeys = new AccessReport(@"C:\m", [], false, false, "Access to the path is denied."),
        };

        Assert.DoesNotContain(FactIds(report), id => id.StartsWith("agent-machinekeys", StringComparison.Ordinal));
    }

    [Fact]
    public void From_PolicySecurityLayerRdp_IsSecurityLayerRdp()
    {
        var report = AgentReports.Healthy with { Listener = AgentReports.Healthy.Listener with { PolicySecurityLayer = 0 } };

        Assert.Contains(AgentFactIds.SecurityLayerRdp, FactIds(report));
    }

    [Fact]
    public void From_Tls12ServerDisabled_IsTls12Disabled()
    {
        var report = AgentReports.Healthy with { Schannel = [new TlsProtocolReport("TLS 1.2", 0, null)] };

        Assert.Contains(AgentFactIds.Tls12Disabled, FactIds(report));
    }

    [Fact]
    public void From_UserWithDisconnectedSession_IsFound()
    {
        var report = AgentReports.Healthy with { Sessions = new SessionReport("alice", [new SessionEntry(3, "alice", "CONTOSO")], true) };

        Assert.Contains(AgentFactIds.UserHasDisconnectedSession, FactIds(report));
    }

    [Fact]
    public void From_DisconnectedSessionsOfUnknownUsers_CountsThemWithoutNames()
    {
        var report = AgentReports.Healthy with
        {
            Sessions = new SessionReport(null, [new SessionEntry(3, "alice", "CONTOSO"), new SessionEntry(4, "bob", "CONTOSO")], null),
        };

        var finding = AgentFindings.From(report, AgentReports.Now).Single(f => f.FactId == AgentFactIds.DisconnectedSessionsPresent);

        Assert.Equal(
            "The host has 2 disconnected sessions. I could not tell whose; one of them may be yours, left from an earlier connection.",
            finding.Text);
    }

    [Fact]
    public void From_OneDisconnectedSessionOfAnUnknownUser_SaysItMayBeTheirs()
    {
        var report = AgentReports.Healthy with { Sessions = new SessionReport(null, [new SessionEntry(3, "alice", "CONTOSO")], null) };

        var finding = AgentFindings.From(report, AgentReports.Now).Single(f => f.FactId == AgentFactIds.DisconnectedSessionsPresent);

        Assert.Equal("The host has 1 disconnected session. I could not tell whose; it may be yours, left from an earlier connection.", finding.Text);
    }

    [Fact]
    public void From_Schannel36872_CountsAs36870()
    {
        Assert.Contains(AgentFactIds.Events36870, FactIds(AgentReports.Healthy.WithEvent(36872, 4)));
    }

    [Fact]
    public void From_AnyCertificateError_DropsNoErrorsLogged()
    {
        Assert.DoesNotContain(AgentFactIds.NoCertificateErrorsLogged, FactIds(AgentReports.Healthy.WithEvent(1058, 1)));
    }

    [Theory]
    [InlineData(999, false)]
    [InlineData(1000, true)]
    public void From_FailedLogons_AreAFloodFromAThousandADay(int count, bool flood)
    {
        Assert.Equal(flood, FactIds(AgentReports.Healthy.WithEvent(4625, count)).Contains(AgentFactIds.Events4625Many));
    }

    [Fact]
    public void From_UnreadableSystemLog_SaysNothingAboutItsEvents()
    {
        var report = AgentReports.Healthy with
        {
            Events = AgentReports.Healthy.Events with
            {
                Counts = [.. AgentReports.Healthy.Events.Counts.Select(c => c with { Problem = "Access denied" })],
            },
        };

        Assert.DoesNotContain(FactIds(report), id => id.StartsWith("agent-events", StringComparison.Ordinal) || id == AgentFactIds.NoCertificateErrorsLogged);
    }
}
