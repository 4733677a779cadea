using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.BotFramework.Teams;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredConversation))]
[JsonSerializable(typeof(TeamsChannelData))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;
