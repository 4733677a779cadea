namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>An error answer (<c>application/problem+json</c>, RFC 9457) with a machine-readable <see cref="Reason"/>.</summary>
public sealed record AgentProblem(string Type, string Title, int Status, string Reason, string? Detail = null)
{
    public const string MediaType = "application/problem+json";

    public static AgentProblem Create(int status, string reason, string title, string? detail = null) =>
        new($"urn:rdpagent:problem:{reason}", title, status, reason, detail);
}
