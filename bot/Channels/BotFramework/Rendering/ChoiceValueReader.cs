using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering;

/// <summary>
/// Reads which choice a click sent, whatever way the host sent it: <c>Action.Submit</c> and messageBack
/// arrive as a message whose <c>value</c> is <c>{"value": …}</c> (Teams may send it as a JSON string);
/// <c>Action.Execute</c> arrives as an <c>adaptiveCard/action</c> invoke with the same object in
/// <c>value.action.data</c>.
/// </summary>
internal static class ChoiceValueReader
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    private const string ValueKey = "value";

    public static string? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { } value)
            return null;
        if (activity.Type == ActivityTypes.Invoke)
            return ReadExecuteData(value);
        return FromPayload(value);
    }

    private static string? ReadExecuteData(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("data", out var data)
            ? FromPayload(data)
            : null;

    private static string? FromPayload(JsonElement payload) => payload.ValueKind switch
    {
        JsonValueKind.Object when payload.TryGetProperty(ValueKey, out var value) && value.ValueKind == JsonValueKind.String
            => NullIfBlank(value.GetString()),
        JsonValueKind.String => FromString(payload.GetString()!),
        _ => null,
    };

    private static string? FromString(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
            return NullIfBlank(text);
        try
        {
            using var document = JsonDocument.Parse(text);
            return FromPayload(document.RootElement);
        }
        catch (JsonException)
        {
            return NullIfBlank(text);
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
