using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Facts;
using RdpHelpBot.Agent.Reporting;
using RdpHelpBot.Agent.Tests.Service.Fakes;

namespace RdpHelpBot.Agent.Tests.Service.Reporting;

public sealed class ReportBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private const string KeyFile = @"C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys\f686aace6942fb7f7ceb231212eef4a4_guid";
    private const int Read = 0x120089;
    private const int FullControl = 0x1F01FF;

    private readonly FakeHost host = new();

    private AgentReport Build(string? userName = null) =>
        new ReportBuilder(host.Facts, new FakeTimeProvider(Now)).Build(new ReportRequest(userName));

    [Fact]
    public void Build_StoppedService_IsReportedStopped()
    {
        host.ServiceStates["SessionEnv"] = ServiceRunState.Stopped;

        var report = Build();

        Assert.Equal(ServiceRunState.Stopped, report.Services.Single(s => s.Name == "SessionEnv").State);
    }

    [Fact]
    public void Build_Services_CoverTheFiveRemoteDesktopServices() =>
        Assert.Equal(["TermService", "SessionEnv", "CertPropSvc", "KeyIso", "CryptSvc"], Build().Services.Select(s => s.Name));

    [Fact]
    public void Build_KeyFileOnlyForSystemAndAdministrators_SaysNetworkServiceCannotRead()
    {
        host.AddCertificate("Remote Desktop", "AB12", KeyFile,
            [new AccessRule("S-1-5-18", true, FullControl), new AccessRule("S-1-5-32-544", true, FullControl)]);

        var key = Build().Certificates.RemoteDesktopStore.Single().PrivateKey;

        Assert.False(key.Access!.NetworkServiceCanRead);
    }

    [Fact]
    public void Build_KeyFileReadableByNetworkService_SaysSo()
    {
        host.AddCertificate("Remote Desktop", "AB12", KeyFile, [new AccessRule("S-1-5-20", true, Read)]);

        Assert.True(Build().Certificates.RemoteDesktopStore.Single().PrivateKey.Access!.NetworkServiceCanRead);
    }

    [Fact]
    public void Build_KeyThatCannotBeOpened_CarriesTheReason()
    {
        host.Stores["Remote Desktop"] = [new StoredCertificate("Remote Desktop", "AB12", "CN=rdp01", Now.AddDays(-10), Now.AddDays(300),
            HasPrivateKey: true, KeyFile: null, KeyProblem: "Keyset does not exist")];

        Assert.Equal("Keyset does not exist", Build().Certificates.RemoteDesktopStore.Single().PrivateKey.Problem);
    }

    [Fact]
    public void Build_HashNamesACertificateInMy_ReportsItAsConfigured()
    {
        host.RegistryData[(RegistryPaths.RdpTcp, "SSLCertificateSHA1Hash")] = new byte[] { 0xAB, 0xCD };
        host.AddCertificate("My", "ABCD", KeyFile, [new AccessRule("S-1-5-20", true, Read)]);

        Assert.Equal("My", Build().Certificates.Configured?.Store);
    }

    [Fact]
    public void Build_HashNamesNoCertificate_HasNoConfiguredCertificate()
    {
        host.RegistryData[(RegistryPaths.RdpTcp, "SSLCertificateSHA1Hash")] = new byte[] { 0xAB, 0xCD };
        host.AddCertificate("Remote Desktop", "1234", KeyFile, [new AccessRule("S-1-5-20", true, Read)]);

        var report = Build();

        Assert.Equal(("ABCD", null), (report.Listener.SslCertificateSha1Hash, report.Certificates.Configured));
    }

    [Fact]
    public void Build_MachineKeysWithoutAdministrators_SaysAdministratorsLackFullControl()
    {
        host.Acls[FakeHost.MachineKeys] = [new AccessRule("S-1-1-0", true, 0x12019F)];

        Assert.False(Build().MachineKeys.AdministratorsHaveFullControl);
    }

    [Fact]
    public void Build_MachineKeysDefaultRules_LetNetworkServiceReadThroughEveryone() =>
        Assert.True(Build().MachineKeys.NetworkServiceCanRead);

    [Fact]
    public void Build_PolicySecurityLayer_OverridesTheListenerValue()
    {
        host.RegistryData[(RegistryPaths.RdpTcp, "SecurityLayer")] = 1;
        host.RegistryData[(RegistryPaths.TerminalServicesPolicy, "SecurityLayer")] = 0;

        Assert.Equal(0, Build().Listener.EffectiveSecurityLayer);
    }

    [Fact]
    public void Build_Tls12ServerDisabled_IsReportedDisabled()
    {
        host.RegistryData[(RegistryPaths.SchannelServer("TLS 1.2"), "Enabled")] = 0;

        var schannel = Build().Schannel;

        Assert.Equal(["TLS 1.2"], schannel.Where(p => p.IsDisabled).Select(p => p.Protocol));
    }

    [Fact]
    public void Build_UnreadableRegistry_NamesTheProblemAndStillReportsServices()
    {
        host.UnreadableRegistryKeys.Add(RegistryPaths.RdpTcp);

        var report = Build();

        Assert.Equal(["listener"], report.Problems.Select(p => p.Part));
        Assert.Equal(5, report.Services.Count);
    }

    [Fact]
    public void Build_UserWithADisconnectedSession_IsFound()
    {
        host.HostSessions.Add(new HostSession(3, HostSessionState.Disconnected, "alice", "CONTOSO"));
        host.HostSessions.Add(new HostSession(4, HostSessionState.Active, "bob", "CONTOSO"));

        Assert.True(Build(@"CONTOSO\alice").Sessions.UserHasDisconnectedSession);
    }

    [Fact]
    public void Build_UserWhoseSessionIsActive_HasNoDisconnectedSession()
    {
        host.HostSessions.Add(new HostSession(4, HostSessionState.Active, "bob", "CONTOSO"));

        Assert.False(Build("bob").Sessions.UserHasDisconnectedSession);
    }

    [Fact]
    public void Build_NoUserAskedAbout_ListsDisconnectedSessionsWithoutAnAnswer()
    {
        host.HostSessions.Add(new HostSession(3, HostSessionState.Disconnected, "alice", "CONTOSO"));

        var sessions = Build().Sessions;

        Assert.Equal((1, null), (sessions.Disconnected.Count, sessions.UserHasDisconnectedSession));
    }

    [Fact]
    public void Build_Events_AreCountedOnlyWithinTheLastDay()
    {
        var schannel = new EventQuery("System", EventCatalog.Schannel, 36870);
        host.LoggedEvents.Add((schannel, Now.AddHours(-1)));
        host.LoggedEvents.Add((schannel, Now.AddHours(-23)));
        host.LoggedEvents.Add((schannel, Now.AddHours(-25)));

        Assert.Equal(2, Build().Events.Counts.Single(c => c.EventId == 36870).Count);
    }

    [Fact]
    public void Build_Events_CoverEveryCataloguedEvent() =>
        Assert.Equal([1057, 1058, 36870, 36871, 36872, 1006, 4625], Build().Events.Counts.Select(c => c.EventId));

    [Fact]
    public void Build_ManyFailedLogons_StopsCountingAtTheLimitAndSaysAtLeast()
    {
        var failedLogon = new EventQuery("Security", EventCatalog.SecurityAuditing, 4625);
        host.LoggedEvents.AddRange(Enumerable.Repeat((failedLogon, Now.AddMinutes(-5)), EventCatalog.CountLimit + 5));

        var count = Build().Events.Counts.Single(c => c.EventId == 4625);

        Assert.Equal((EventCatalog.CountLimit, true), (count.Count, count.AtLeast));
    }

    [Fact]
    public void Build_UnreadableSecurityLog_MarksOnlyItsEventsWithTheProblem()
    {
        host.UnreadableLogs.Add("Security");

        var counts = Build().Events.Counts;

        Assert.Equal([4625], counts.Where(c => c.Problem is not null).Select(c => c.EventId));
    }
}
