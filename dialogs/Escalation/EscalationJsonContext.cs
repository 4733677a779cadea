using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>The stored form of an escalation request, for stores that keep it as JSON.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(EscalationRequest))]
public sealed partial class EscalationJsonContext : JsonSerializerContext;
