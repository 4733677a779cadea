using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>A verified report, or why there is none, in plain words.</summary>
internal sealed record AgentCallResult(AgentReport? Report, string? Problem)
{
    public static AgentCallResult Success(AgentReport report) => new(report, null);

    public static AgentCallResult Failure(string problem) => new(null, problem);
}
