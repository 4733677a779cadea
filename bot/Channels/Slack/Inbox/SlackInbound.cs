using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Something a user did in Slack that the bot answers, whichever way it arrived (HTTP or Socket Mode).
/// <see cref="DedupeKeys"/> name it so a redelivery is recognised and dropped; the first is the one every copy shares.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SlackMessageIn), "message")]
[JsonDerivedType(typeof(SlackCommandIn), "command")]
[JsonDerivedType(typeof(SlackClickIn), "click")]
internal abstract record SlackInbound(string TeamId, string ChannelId, string UserId, IReadOnlyList<string> DedupeKeys)
{
    /// <summary>The conversation the work is a turn of; its work runs in the order it arrived, other conversations' side by side.</summary>
    [JsonIgnore]
    public abstract SlackPlace Place { get; }
}

/// <summary>
/// A message to the bot: a mention in a channel, or anything in its direct-message conversation; or, with
/// <paramref name="InHelpdeskThread"/>, a reply in a thread of the helpdesk channel that does not mention the bot,
/// which is a turn only when the thread is a live case's.
/// </summary>
internal sealed record SlackMessageIn(
    string TeamId, string ChannelId, string UserId, IReadOnlyList<string> DedupeKeys,
    string Ts, string? ThreadTs, string Text, bool IsDirect, bool InHelpdeskThread = false)
    : SlackInbound(TeamId, ChannelId, UserId, DedupeKeys)
{
    public override SlackPlace Place => IsDirect ? SlackPlace.Direct(TeamId, ChannelId) : SlackPlace.Thread(TeamId, ChannelId, ThreadTs ?? Ts);
}

/// <summary>The slash command, with what was typed after it; in a channel its thread is opened when it runs.</summary>
internal sealed record SlackCommandIn(string TeamId, string ChannelId, string UserId, IReadOnlyList<string> DedupeKeys, string Text)
    : SlackInbound(TeamId, ChannelId, UserId, DedupeKeys)
{
    public override SlackPlace Place => SlackPlace.Direct(TeamId, ChannelId);
}

/// <summary>A click on one of the bot's choice buttons, with the message it was on and the clicker's handle when Slack sent it.</summary>
internal sealed record SlackClickIn(
    string TeamId, string ChannelId, string UserId, IReadOnlyList<string> DedupeKeys,
    string MessageTs, string? ThreadTs, string Value, string Label, JsonArray? MessageBlocks, string? MessageText, string? UserHandle = null)
    : SlackInbound(TeamId, ChannelId, UserId, DedupeKeys)
{
    public override SlackPlace Place => SlackPlace.IsDirectMessage(ChannelId)
        ? SlackPlace.Direct(TeamId, ChannelId)
        : SlackPlace.Thread(TeamId, ChannelId, ThreadTs ?? MessageTs);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackInbound))]
internal sealed partial class SlackInboundJsonContext : JsonSerializerContext;
