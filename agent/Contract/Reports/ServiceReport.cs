namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>One Windows service by its service name (<c>TermService</c>), its state and start type.</summary>
public sealed record ServiceReport(string Name, ServiceRunState State, string? StartType = null);

public enum ServiceRunState
{
    Running,
    Stopped,
    StartPending,
    StopPending,
    Paused,
    PausePending,
    ContinuePending,
    NotFound,
}
