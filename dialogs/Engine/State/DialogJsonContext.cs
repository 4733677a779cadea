using System.Text.Json.Serialization;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine.State;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(Reply))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
internal sealed partial class DialogJsonContext : JsonSerializerContext
{
}
