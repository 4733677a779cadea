namespace RdpHelpBot.Agent.Contract;

/// <summary>The agent's endpoints, relative to its base URL.</summary>
public static class AgentRoutes
{
    public const string Health = "/v1/health";
    public const string Report = "/v1/report";
}
