using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Something a user did in Slack that the bot answers, whichever way it arrived (HTTP or Socket Mode).
/// <see cref="DedupeKeys"/> name it so a redelivery is recognised and dropped.
/// </summary>
internal abstract record SlackInbound(string TeamId, string ChannelId, string UserId, IReadOnlyList<string> DedupeKeys)
{
    /// <summary>Work for one channel is done in the order it arrived.</summary>
    public string LaneKey => $"{TeamId}:{ChannelId}";
}

/// <summary>A message to the bot: a mention in a channel, or anything in its direct-message conversation.</summary>
internal sealed record SlackMessageIn(
    string TeamId, string ChannelId, string UserId, IReadOnlyList<string> DedupeKeys,
    string Ts, string? ThreadTs, string Text, bool IsDirect)
    : SlackInbound(TeamId, ChannelId, UserId, DedupeKeys);

/// <summary>The slash command, with what was typed after it.</summary>
internal sealed record SlackCommandIn(string TeamId, string ChannelId, string UserId, IReadOnlyList<string> DedupeKeys, string Text)
    : SlackInbound(TeamId, ChannelId, UserId, DedupeKeys);

/// <summary>A click on one of the bot's choice buttons, with the message it was on.</summary>
internal sealed record SlackClickIn(
    string TeamId, string ChannelId, string UserId, IReadOnlyList<string> DedupeKeys,
    string MessageTs, string? ThreadTs, string Value, string Label, JsonArray? MessageBlocks, string? MessageText)
    : SlackInbound(TeamId, ChannelId, UserId, DedupeKeys);
