using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Facts;

namespace RdpHelpBot.Agent.Reporting;

/// <summary>Puts together one report from the host's facts; a part that cannot be read is named in the report's problems.</summary>
internal sealed class ReportBuilder(HostFacts facts, TimeProvider time)
{
    public static IReadOnlyList<string> ServiceNames { get; } = ["TermService", "SessionEnv", "CertPropSvc", "KeyIso", "CryptSvc"];

    public AgentReport Build(ReportRequest request)
    {
        var now = time.GetUtcNow();
        var problems = new ProblemLog();
        var services = ServiceNames
            .Select(name => problems.Try($"service {name}", () => facts.Services.Read(name), null))
            .OfType<ServiceReport>()
            .ToList();
        var listener = problems.Try("listener", () => ListenerPart.Read(facts.Registry), new ListenerReport(null, null, null, null, null));
        var schannel = problems.Try("schannel", () => ListenerPart.ReadSchannel(facts.Registry), []);
        var certificates = problems.Try(
            "certificates", () => CertificatePart.Read(facts, listener.SslCertificateSha1Hash, problems), new CertificateReport([], null));
        var machineKeys = CertificatePart.Access(facts.AccessRules, facts.MachineKeysPath);
        var sessions = problems.Try(
            "sessions", () => SessionPart.Read(facts.Sessions, request.UserName), new SessionReport(request.UserName, [], null));
        var events = EventPart.Read(facts.Events, now);
        return new AgentReport(
            facts.MachineName, now, services, certificates, machineKeys, listener, schannel, sessions, events, problems.Problems);
    }
}
