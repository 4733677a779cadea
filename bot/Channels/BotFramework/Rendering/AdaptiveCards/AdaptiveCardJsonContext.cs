using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering.AdaptiveCards;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(ChoiceActionData))]
[JsonSerializable(typeof(ChoiceValuePayload))]
internal sealed partial class AdaptiveCardJsonContext : JsonSerializerContext;
