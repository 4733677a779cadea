using System.Text.Json;
using System.Text.Json.Serialization;
using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Agent.Contract;

/// <summary>The wire format of the agent's contract (camelCase, enums as their names, nulls left out).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReportRequest))]
[JsonSerializable(typeof(AgentReport))]
[JsonSerializable(typeof(AgentHealth))]
[JsonSerializable(typeof(AgentProblem))]
public sealed partial class AgentJsonContext : JsonSerializerContext;
