using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.Slack.Rendering;

/// <summary>One Slack message: Block Kit blocks and the plain <see cref="Text"/> notifications and screen readers use.</summary>
internal sealed record SlackMessage(string Text, JsonArray Blocks);
