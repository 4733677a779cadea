using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Watch;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WatchedHost))]
[JsonSerializable(typeof(WatchHistory))]
[JsonSerializable(typeof(WatchRecipient))]
internal sealed partial class WatchJsonContext : JsonSerializerContext;
