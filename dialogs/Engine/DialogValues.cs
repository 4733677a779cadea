using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RdpHelpBot.Dialogs.Engine.State;

namespace RdpHelpBot.Dialogs.Engine;

/// <summary>Typed access to dialog state, which is stored as plain JSON values.</summary>
public static class DialogValues
{
    // A JsonElement is immutable, so the values most often set (a prompt's attempt count, flags) are made once.
    private static readonly JsonElement[] SmallNumbers =
        [.. Enumerable.Range(0, 16).Select(number => JsonSerializer.SerializeToElement(number, DialogJsonContext.Default.Int32))];
    private static readonly JsonElement True = JsonSerializer.SerializeToElement(true, DialogJsonContext.Default.Boolean);
    private static readonly JsonElement False = JsonSerializer.SerializeToElement(false, DialogJsonContext.Default.Boolean);

    public static void Set(this IDictionary<string, JsonElement> values, string key, string value) =>
        values[key] = JsonSerializer.SerializeToElement(value, DialogJsonContext.Default.String);

    public static void Set(this IDictionary<string, JsonElement> values, string key, int value) =>
        values[key] = value >= 0 && value < SmallNumbers.Length
            ? SmallNumbers[value]
            : JsonSerializer.SerializeToElement(value, DialogJsonContext.Default.Int32);

    public static void Set(this IDictionary<string, JsonElement> values, string key, bool value) =>
        values[key] = value ? True : False;

    public static void Set<T>(this IDictionary<string, JsonElement> values, string key, T value, JsonTypeInfo<T> type) =>
        values[key] = JsonSerializer.SerializeToElement(value, type);

    public static string? GetString(this IDictionary<string, JsonElement> values, string key) =>
        Find(values, key) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            var value => throw WrongKind(key, value.Value, "a string"),
        };

    public static int? GetInt32(this IDictionary<string, JsonElement> values, string key) =>
        Find(values, key) switch
        {
            null => null,
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
            var value => throw WrongKind(key, value.Value, "a whole number"),
        };

    public static bool? GetBoolean(this IDictionary<string, JsonElement> values, string key) =>
        Find(values, key) switch
        {
            null => null,
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            var value => throw WrongKind(key, value.Value, "true or false"),
        };

    public static T? Get<T>(this IDictionary<string, JsonElement> values, string key, JsonTypeInfo<T> type) =>
        Find(values, key) is { } value ? value.Deserialize(type) : default;

    private static JsonElement? Find(IDictionary<string, JsonElement> values, string key) =>
        values.TryGetValue(key, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    private static InvalidOperationException WrongKind(string key, JsonElement value, string expected) =>
        new($"Dialog value '{key}' is {value.ValueKind}, not {expected}.");
}
