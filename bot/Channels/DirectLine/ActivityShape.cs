using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Whether a posted activity's fields have the types the Bot Framework schema gives them (<c>"text":{}</c>,
/// <c>"entities":"x"</c> and <c>"from":{"role":5}</c> do not), read exactly as the turn will read it; and if
/// not, which field is wrong and what it should be, from the schema's own JSON contract.
/// </summary>
internal static partial class ActivityShape
{
    private static readonly JsonTypeInfo<Activity> Schema = BotFrameworkJsonContext.Default.Activity;

    public static string? Problem(JsonObject posted)
    {
        try
        {
            posted.Deserialize(Schema);
            return null;
        }
        catch (JsonException e)
        {
            return Describe(posted, e.Path ?? "$");
        }
    }

    private static string Describe(JsonObject posted, string path)
    {
        JsonNode? node = posted;
        JsonTypeInfo? expected = Schema;
        var field = "";
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                var index = int.Parse(segment.Groups["index"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                field += segment.Value;
                node = node is JsonArray array && index < array.Count ? array[index] : null;
                expected = expected?.ElementType is { } element ? Schema.Options.GetTypeInfo(element) : null;
                continue;
            }
            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal);
            field += field.Length == 0 ? name : $".{name}";
            node = node is JsonObject parent ? parent[name] : null;
            var property = expected?.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            expected = property is null ? null : Schema.Options.GetTypeInfo(property.PropertyType);
        }
        var what = field.Length == 0 ? "The activity" : $"The activity's '{field}'";
        if (expected is null)
            return $"{what} is not valid.";
        if (expected.Kind == JsonTypeInfoKind.Object && node is JsonObject given
            && expected.Properties.FirstOrDefault(p => p.IsRequired && !given.Any(f => string.Equals(f.Key, p.Name, StringComparison.OrdinalIgnoreCase))) is { } missing)
            return $"{what} needs '{missing.Name}'.";
        var shouldBe = Expected(expected);
        var isNow = Given(node);
        return shouldBe.StartsWith(isNow, StringComparison.Ordinal) ? $"{what} must be {shouldBe}." : $"{what} must be {shouldBe}, not {isNow}.";
    }

    private static string Expected(JsonTypeInfo type)
    {
        var clrType = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        return type.Kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
            JsonTypeInfoKind.Enumerable => "an array",
            _ when clrType == typeof(string) => "a string",
            _ when clrType == typeof(bool) => "true or false",
            _ when clrType == typeof(DateTimeOffset) || clrType == typeof(DateTime) => "a string with a date and time, e.g. 2026-03-02T09:00:00Z",
            _ => "a number",
        };
    }

    private static string Given(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    /// <summary>One step of a <see cref="JsonException.Path"/>: <c>.name</c>, <c>['odd name']</c> or <c>[3]</c>.</summary>
    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();
}
