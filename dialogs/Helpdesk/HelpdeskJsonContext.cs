using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>The stored form of helpdesk cases, ratings and audit entries, for stores that keep them as JSON.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HelpdeskCase))]
[JsonSerializable(typeof(CaseRating))]
[JsonSerializable(typeof(HelpdeskAuditEntry))]
public sealed partial class HelpdeskJsonContext : JsonSerializerContext;
