using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>The Bot Framework wire format: camelCase names, nulls left out, no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(IReadOnlyList<Activity>))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ConversationList))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(HealthCheckResponse))]
[JsonSerializable(typeof(ErrorValue))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(Endpoint.QueuedActivity))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class BotFrameworkJsonContext : JsonSerializerContext;
