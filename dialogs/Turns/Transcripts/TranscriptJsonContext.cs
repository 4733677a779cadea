using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Dialogs.Turns.Transcripts;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TranscriptLine))]
public sealed partial class TranscriptJsonContext : JsonSerializerContext;
