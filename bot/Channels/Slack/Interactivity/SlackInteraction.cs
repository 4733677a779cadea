using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Channels.Slack.Interactivity;

/// <summary>An interaction payload; the bot handles <c>block_actions</c> from its own buttons.</summary>
internal sealed record SlackInteraction(
    string? Type,
    SlackIdRef? Team = null,
    SlackInteractionUser? User = null,
    SlackIdRef? Channel = null,
    SlackInteractionMessage? Message = null,
    SlackContainer? Container = null,
    IReadOnlyList<SlackAction>? Actions = null)
{
    public const string BlockActions = "block_actions";
}

internal sealed record SlackIdRef(string? Id);

/// <summary>Who clicked: <see cref="Name"/> and <see cref="Username"/> are their handle (block_actions sends either or both).</summary>
internal sealed record SlackInteractionUser(string? Id, string? TeamId = null, string? Name = null, string? Username = null);

/// <summary>The message holding the clicked button, with its blocks as Slack stored them.</summary>
internal sealed record SlackInteractionMessage(string? Ts, string? ThreadTs = null, string? Text = null, JsonArray? Blocks = null);

internal sealed record SlackContainer(string? Type, string? MessageTs = null, string? ChannelId = null, string? ThreadTs = null, bool IsEphemeral = false);

internal sealed record SlackAction(string? ActionId, string? BlockId = null, string? Value = null, string? ActionTs = null, SlackText? Text = null);

internal sealed record SlackText(string? Type, string? Text);
