using System.Text.Json;
using System.Text.Json.Serialization;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.LanguageModel;

/// <summary>The model's answer as the schema of <see cref="ReadingInstructions"/> has it.</summary>
internal sealed record ModelReply(
    [property: JsonPropertyName("intent")] string? Intent,
    [property: JsonPropertyName("codes")] IReadOnlyList<string>? Codes,
    [property: JsonPropertyName("facts")] IReadOnlyList<string>? Facts,
    [property: JsonPropertyName("hosts")] IReadOnlyList<string>? Hosts)
{
    /// <summary>The reading in <paramref name="json"/>; throws <see cref="ModelReadingException"/> when it is not of the schema's shape.</summary>
    public static ModelReading Parse(string? json)
    {
        ModelReply? reply;
        try
        {
            reply = string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize(json, ModelReplyJsonContext.Default.ModelReply);
        }
        catch (JsonException)
        {
            reply = null;
        }
        if (reply is not { Codes: { } codes, Facts: { } facts, Hosts: { } hosts } || codes.Concat(facts).Concat(hosts).Any(v => v is null))
            throw new ModelReadingException(ModelFailure.Malformed, 200);
        return new ModelReading(reply.Intent, codes, facts, hosts);
    }
}

[JsonSerializable(typeof(ModelReply))]
internal sealed partial class ModelReplyJsonContext : JsonSerializerContext;
