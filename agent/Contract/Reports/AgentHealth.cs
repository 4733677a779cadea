namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>The answer to <c>GET /v1/health</c>.</summary>
public sealed record AgentHealth(string Status, string Version, DateTimeOffset Time);
