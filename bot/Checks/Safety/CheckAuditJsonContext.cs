using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Checks.Safety;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CheckAuditEntry))]
internal sealed partial class CheckAuditJsonContext : JsonSerializerContext
{
}
