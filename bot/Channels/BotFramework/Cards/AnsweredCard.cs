using System.Text.Json;
using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.BotFramework.Cards;

/// <summary>
/// A card once answered: the same card with its buttons taken away and the choice made written in their
/// place, so it shows what was chosen and cannot be clicked again.
/// </summary>
internal static class AnsweredCard
{
    private const string ActionSetType = "ActionSet";

    public static bool HasButtons(JsonElement card) =>
        card.ValueKind == JsonValueKind.Object
        && card.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Array
        && body.EnumerateArray().Any(IsActionSet);

    /// <summary>The answered card; the chosen button's title, or the value itself when no button has it.</summary>
    public static JsonElement Render(JsonElement card, string choiceValue)
    {
        var answered = JsonNode.Parse(card.GetRawText())!.AsObject();
        var body = answered["body"]!.AsArray();
        var label = ChosenTitle(body, choiceValue) ?? choiceValue;
        foreach (var actionSet in body.Where(element => element?["type"]?.GetValue<string>() == ActionSetType).ToList())
            body.Remove(actionSet);
        body.Add(new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = $"✔ {label}",
            ["weight"] = "Bolder",
            ["color"] = "Good",
            ["wrap"] = true,
        });
        return JsonSerializer.SerializeToElement(answered);
    }

    private static string? ChosenTitle(JsonArray body, string choiceValue) => body
        .Where(element => element?["type"]?.GetValue<string>() == ActionSetType)
        .SelectMany(actionSet => actionSet!["actions"]?.AsArray() ?? [])
        .FirstOrDefault(action => action?["data"]?["value"] is JsonValue value
                                  && value.TryGetValue<string>(out var text) && text == choiceValue)?["title"]?.GetValue<string>();

    private static bool IsActionSet(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("type", out var type) && type.ValueEquals(ActionSetType);
}
