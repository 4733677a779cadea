using RdpHelpBot.Agent.Contract;
using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Agent.Endpoints;

/// <summary><c>GET /v1/health</c>: the agent answers and the key matches.</summary>
internal static class HealthEndpoint
{
    private static readonly string Version = typeof(HealthEndpoint).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static IResult Handle(TimeProvider time) =>
        Results.Json(new AgentHealth("ok", Version, time.GetUtcNow()), AgentJsonContext.Default.AgentHealth);
}
