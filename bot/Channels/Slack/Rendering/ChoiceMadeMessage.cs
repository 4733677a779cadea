using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.Slack.Rendering;

/// <summary>
/// The clicked message after a choice: its buttons are gone, so nobody answers the same question twice, and a
/// line says who chose what.
/// </summary>
internal static class ChoiceMadeMessage
{
    public static SlackMessage Build(JsonArray? originalBlocks, string? originalText, string userId, string label)
    {
        var blocks = new JsonArray();
        foreach (var block in originalBlocks ?? [])
        {
            if (block is JsonObject obj && (string?)obj["type"] != "actions")
                blocks.Add(obj.DeepClone());
        }
        if (blocks.Count == 0 && !string.IsNullOrWhiteSpace(originalText))
            blocks.Add(SlackBlocks.Section(originalText));
        if (blocks.Count >= SlackLimits.BlocksPerMessage)
            blocks.RemoveAt(blocks.Count - 1);
        blocks.Add(SlackBlocks.Context($"<@{userId}> chose *{SlackMrkdwn.Escape(label)}*"));
        return new SlackMessage(string.IsNullOrWhiteSpace(originalText) ? label : originalText, blocks);
    }
}
