using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.Slack.Rendering;

/// <summary>Packs blocks, in order, into as few messages as Slack's per-message limits allow.</summary>
internal static class SlackMessagePacker
{
    public const string ContinuedText = "(continued)";

    public static IReadOnlyList<SlackMessage> Pack(IReadOnlyList<JsonObject> blocks, string fallback)
    {
        var messages = new List<SlackMessage>();
        var current = new JsonArray();
        var length = 0;
        foreach (var block in blocks)
        {
            var blockLength = SlackBlocks.TextLength(block);
            if (current.Count > 0 && (current.Count == SlackLimits.BlocksPerMessage || length + blockLength > SlackLimits.MessageText))
            {
                messages.Add(Message(current, messages.Count, fallback));
                current = [];
                length = 0;
            }
            current.Add(block);
            length += blockLength;
        }
        if (current.Count > 0)
            messages.Add(Message(current, messages.Count, fallback));
        return messages;
    }

    private static SlackMessage Message(JsonArray blocks, int index, string fallback) =>
        new(index == 0 && fallback.Length > 0 ? fallback : ContinuedText, blocks);
}
