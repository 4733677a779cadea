using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>A case packet as JSON: what its size bound is measured in, and what outbox rows carry.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CasePacket))]
public sealed partial class CasePacketJsonContext : JsonSerializerContext;
