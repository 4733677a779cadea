using System.Text.Json;
using System.Text.Json.Serialization;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Webhooks;

/// <summary>A webhook's body, as the Standard Webhooks format has it: the event type, when it happened, and its data.</summary>
internal sealed record WebhookBody(string Type, DateTimeOffset Timestamp, CaseEvent Data);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookBody))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
