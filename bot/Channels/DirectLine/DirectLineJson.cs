using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line 3.0 wire objects' JSON.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenClaims))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenParameters))]
internal sealed partial class DirectLineJson : JsonSerializerContext;

/// <summary>Direct Line's <c>Conversation</c>: what starting, reconnecting and token calls return.</summary>
internal sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

/// <summary>A batch of activities and the watermark to ask from next; a keep-alive has neither.</summary>
internal sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string? Watermark);

internal sealed record ResourceResponse(string Id);

internal sealed record ErrorResponse(ErrorBody Error);

internal sealed record ErrorBody(string Code, string Message);

/// <summary>The optional body of <c>tokens/generate</c>.</summary>
internal sealed record TokenParameters(TokenUser? User);

internal sealed record TokenUser(string? Id, string? Name);
