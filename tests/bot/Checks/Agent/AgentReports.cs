using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Bot.Tests.Checks.Agent;

/// <summary>Reports as an agent would send them: a healthy host, changed with <c>with</c> for each case.</summary>
internal static class AgentReports
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static AccessReport ReadableBy(string path) => new(path, [new AccessRule("S-1-5-20", true, 0x120089)], true, true);

    public static AgentReport Healthy => new(
        "RDP01",
        Now,
        [.. new[] { "TermService", "SessionEnv", "CertPropSvc", "KeyIso", "CryptSvc" }.Select(n => new ServiceReport(n, ServiceRunState.Running))],
        new CertificateReport(
            [new CertificateEntry("Remote Desktop", "AB12CD", "CN=rdp01", Now.AddDays(-30), Now.AddDays(150),
                new PrivateKeyReport(true, @"C:\k", ReadableBy(@"C:\k")))],
            null),
        ReadableBy(@"C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys"),
        new ListenerReport(2, 1, null, null, null) with { SecurityLayer = 1 },
        [new TlsProtocolReport("TLS 1.0", null, null), new TlsProtocolReport("TLS 1.2", null, null)],
        new SessionReport(null, [], null),
        new EventReport(Now.AddDays(-1), [.. new[] { 1057, 1058, 36870, 36871, 36872, 1006, 4625 }.Select(id => new EventCount("System", "x", id, 0))]),
        []);

    public static AgentReport WithEvent(this AgentReport report, int eventId, int count, bool atLeast = false) => report with
    {
        Events = report.Events with
        {
            Counts = [.. report.Events.Counts.Select(c => c.EventId == eventId ? c with { Count = count, AtLeast = atLeast } : c)],
        },
    };
}
