namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>Everything the agent can see on its host about Remote Desktop, at one moment.</summary>
/// <param name="Problems">Parts the agent could not read (access denied, a missing key); those parts hold no facts.</param>
public sealed record AgentReport(
    string MachineName,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ServiceReport> Services,
    CertificateReport Certificates,
    AccessReport MachineKeys,
    ListenerReport Listener,
    IReadOnlyList<TlsProtocolReport> Schannel,
    SessionReport Sessions,
    EventReport Events,
    IReadOnlyList<ReportProblem> Problems);

/// <summary>A part of the report that could not be read, and why.</summary>
public sealed record ReportProblem(string Part, string Message);
