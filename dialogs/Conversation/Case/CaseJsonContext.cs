using System.Text.Json.Serialization;

namespace RdpHelpBot.Dialogs.Conversation.Case;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(CaseFile))]
internal sealed partial class CaseJsonContext : JsonSerializerContext
{
}
