using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.Slack.Rendering;

/// <summary>Builds the Block Kit blocks the bot uses, as Slack's JSON.</summary>
internal static class SlackBlocks
{
    public static JsonObject Header(string text) => new()
    {
        ["type"] = "header",
        ["text"] = PlainText(Truncate(text, SlackLimits.HeaderText)),
    };

    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn },
    };

    public static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn }),
    };

    public static JsonObject Actions(IEnumerable<JsonObject> buttons) => new()
    {
        ["type"] = "actions",
        ["elements"] = new JsonArray([.. buttons]),
    };

    /// <param name="primary">Shown in the workspace's accent colour: the one action the message is there for.</param>
    public static JsonObject Button(string actionId, string label, string value, bool primary = false)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = PlainText(Truncate(label, SlackLimits.ButtonText)),
            ["value"] = value,
        };
        if (primary)
            button["style"] = "primary";
        return button;
    }

    /// <summary>How many characters of text a block carries, for the whole message's budget.</summary>
    public static int TextLength(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Sum(property => property.Key is "text" or "value" && property.Value is JsonValue value
            ? value.ToString().Length
            : TextLength(property.Value)),
        JsonArray array => array.Sum(TextLength),
        _ => 0,
    };

    public static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };
}
