using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Dialogs.Outcomes;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CaseOutcome))]
public sealed partial class OutcomeJsonContext : JsonSerializerContext;
