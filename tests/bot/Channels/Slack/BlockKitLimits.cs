using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.Slack;

/// <summary>Asserts a message stays within Slack's Block Kit limits (docs/reference/slack.md §5.4–5.5).</summary>
internal static class BlockKitLimits
{
    public static void AssertWithin(SlackApiCall call) => AssertWithin(call.Blocks, call.Text);

    public static void AssertWithin(JsonArray blocks, string? fallback)
    {
        Assert.False(string.IsNullOrWhiteSpace(fallback), "Every message needs a text fallback for notifications.");
        Assert.InRange(blocks.Count, 1, 50);
        var total = 0;
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            var type = (string?)block["type"];
            switch (type)
            {
                case "header":
                    Assert.InRange(((string)block["text"]!["text"]!).Length, 1, 150);
                    break;
                case "section":
                    Assert.InRange(((string)block["text"]!["text"]!).Length, 1, 3000);
                    break;
                case "context":
                    Assert.InRange(block["elements"]!.AsArray().Count, 1, 10);
                    break;
                case "actions":
                    var buttons = block["elements"]!.AsArray();
                    Assert.InRange(buttons.Count, 1, 25);
                    Assert.All(buttons, button =>
                    {
                        Assert.InRange(((string)button!["text"]!["text"]!).Length, 1, 75);
                        Assert.InRange(((string)button["value"]!).Length, 1, 2000);
                    });
                    Assert.Equal(buttons.Count, buttons.Select(b => (string?)b!["action_id"]).Distinct().Count());
                    break;
                default:
                    Assert.Fail($"Unexpected block type {type}.");
                    break;
            }
            total += TextLength(block);
        }
        // Slack's undocumented cumulative limit: about 12,000 characters of text in all the blocks.
        Assert.InRange(total, 1, 12_000);
    }

    private static int TextLength(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Sum(p => p.Key is "text" or "value" && p.Value is JsonValue v ? v.ToString().Length : TextLength(p.Value)),
        JsonArray array => array.Sum(TextLength),
        _ => 0,
    };
}
