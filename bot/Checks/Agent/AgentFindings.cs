using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>
/// Maps an agent's report to the facts it establishes (pure, no I/O). A part the agent could not read adds
/// nothing: no answer is not the same as a good answer.
/// </summary>
internal static class AgentFindings
{
    private static readonly string[] CertificateServices = ["SessionEnv", "CertPropSvc", "KeyIso", "CryptSvc"];

    /// <summary>Findings that describe a host as it should be; a report with only these found nothing abnormal.</summary>
    private static readonly HashSet<string> Healthy =
    [
        AgentFactIds.TermServiceRunning, AgentFactIds.CertKeyReadable, AgentFactIds.MachineKeysAclOk, AgentFactIds.SecurityLayerTls,
        AgentFactIds.NlaRequired, AgentFactIds.UserNoDisconnectedSession, AgentFactIds.NoCertificateErrorsLogged,
    ];

    public static IReadOnlyList<HostFinding> From(AgentReport report, DateTimeOffset now) =>
    [
        .. new[]
        {
            Services(report),
            CertificateFindings.From(report, now),
            Listener(report.Listener),
            Schannel(report.Schannel),
            Sessions(report.Sessions),
            EventFindings.From(report.Events),
        }
        .SelectMany(findings => findings)
        .Select(finding => Healthy.Contains(finding.FactId) ? finding with { IsNormal = true } : finding),
    ];

    private static IEnumerable<HostFinding> Services(AgentReport report)
    {
        if (report.Services.FirstOrDefault(s => s.Name == "TermService") is { } termService)
        {
            yield return termService.State == ServiceRunState.Running
                ? new(AgentFactIds.TermServiceRunning, $"The Remote Desktop Services service (TermService) is running on {report.MachineName}.")
                : new(AgentFactIds.TermServiceStopped,
                    $"The Remote Desktop Services service (TermService) is not running on {report.MachineName} (state: {termService.State}).");
        }
        var stopped = report.Services.Where(s => CertificateServices.Contains(s.Name) && s.State != ServiceRunState.Running).ToList();
        if (stopped.Count > 0)
        {
            yield return new(AgentFactIds.CertServicesStopped,
                $"Services the RDP certificate depends on are not running: {string.Join(", ", stopped.Select(s => $"{s.Name} ({s.State})"))}.");
        }
    }

    private static IEnumerable<HostFinding> Listener(ListenerReport listener)
    {
        switch (listener.EffectiveSecurityLayer)
        {
            case 0:
                yield return new(AgentFactIds.SecurityLayerRdp,
                    "The host is set to use only the old RDP security layer (SecurityLayer = 0), without TLS.");
                break;
            case 2:
                yield return new(AgentFactIds.SecurityLayerTls, "The host requires TLS for Remote Desktop (SecurityLayer = 2).");
                break;
        }
        switch (listener.EffectiveUserAuthentication)
        {
            case 1:
                yield return new(AgentFactIds.NlaRequired, "The host requires Network Level Authentication (UserAuthentication = 1).");
                break;
            case 0:
                yield return new(AgentFactIds.NlaNotRequired, "The host does not require Network Level Authentication (UserAuthentication = 0).");
                break;
        }
    }

    private static IEnumerable<HostFinding> Schannel(IReadOnlyList<TlsProtocolReport> protocols)
    {
        if (protocols.Any(p => p.Protocol == "TLS 1.2" && p.IsDisabled))
            yield return new(AgentFactIds.Tls12Disabled, "TLS 1.2 is switched off for incoming connections in the host's SCHANNEL settings.");
        if (protocols.Any(p => p.Protocol == "TLS 1.0" && p.IsDisabled))
            yield return new(AgentFactIds.Tls10Disabled, "TLS 1.0 is switched off for incoming connections in the host's SCHANNEL settings.");
    }

    private static IEnumerable<HostFinding> Sessions(SessionReport sessions)
    {
        switch (sessions.UserHasDisconnectedSession)
        {
            case true:
                yield return new(AgentFactIds.UserHasDisconnectedSession, $"{sessions.UserName} has a disconnected session on the host.");
                break;
            case false:
                yield return new(AgentFactIds.UserNoDisconnectedSession, $"{sessions.UserName} has no disconnected session on the host.");
                break;
            case null when sessions.Disconnected.Count > 0:
                yield return new(AgentFactIds.DisconnectedSessionsPresent, CountOnly(sessions.Disconnected.Count));
                break;
        }
    }

    // The conversation does not know the user's Windows account, so the agent is not asked about one user.
    private static string CountOnly(int count) => count == 1
        ? "The host has 1 disconnected session. I could not tell whose; it may be yours, left from an earlier connection."
        : $"The host has {count} disconnected sessions. I could not tell whose; one of them may be yours, left from an earlier connection.";
}
