using System.Text.RegularExpressions;
using RdpHelpBot.Bot.Channels.Slack.Commands;
using RdpHelpBot.Bot.Channels.Slack.Events;
using RdpHelpBot.Bot.Channels.Slack.Interactivity;
using RdpHelpBot.Bot.Channels.Slack.Rendering;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Reads Slack's payloads into work for the bot, the same for HTTP and Socket Mode. Null means "acknowledge
/// and ignore": bots' messages (the bot's own included), message subtypes (edits, joins…), other events, and
/// channel messages that do not mention the bot, except replies in threads of the helpdesk channel.
/// </summary>
internal static partial class SlackInboundReader
{
    /// <param name="envelope">The event as Slack sent it.</param>
    /// <param name="isHelpdeskChannel">Whether a team's channel is the helpdesk channel; null when there is none.</param>
    public static SlackInbound? FromEvent(SlackEventEnvelope envelope, Func<string, string, bool>? isHelpdeskChannel = null)
    {
        if (envelope is not { Event: { } e, InstallationTeamId: { } team } || e.BotId is not null || e.Subtype is not null)
            return null;
        if (e is not { User: { } user, Channel: { } channel, Ts: { } ts })
            return null;
        var isDirect = e.Type == "message" && e.ChannelType == "im";
        // A thread reply (thread_ts names another message) in the helpdesk channel: an agent writing under a case's card.
        var inHelpdeskThread = e is { Type: "message", ChannelType: "channel" or "group", ThreadTs: { } thread } && thread != ts
            && isHelpdeskChannel?.Invoke(team, channel) == true;
        if (e.Type != "app_mention" && !isDirect && !inHelpdeskThread)
            return null;
        // A mention in a channel also arrives as a message event with another event_id: channel + ts, which every
        // copy shares, comes first.
        IReadOnlyList<string> keys = envelope.EventId is { } id ? [$"message:{team}:{channel}:{ts}", $"event:{id}"] : [$"message:{team}:{channel}:{ts}"];
        var text = inHelpdeskThread ? WithoutLeadingMention(e.Text ?? "", BotUserId(envelope)) : LeadingMentions().Replace(e.Text ?? "", "");
        return new SlackMessageIn(team, channel, user, keys, ts, e.ThreadTs, text, isDirect, inHelpdeskThread);
    }

    public static SlackInbound? FromCommand(SlashCommand command)
    {
        if (command is not { TeamId: { } team, ChannelId: { } channel, UserId: { } user })
            return null;
        IReadOnlyList<string> keys = command.TriggerId is { } trigger ? [$"command:{trigger}"] : [];
        return new SlackCommandIn(team, channel, user, keys, command.Text ?? "");
    }

    public static SlackInbound? FromInteraction(SlackInteraction interaction)
    {
        if (interaction.Type != SlackInteraction.BlockActions || interaction.Container?.IsEphemeral == true)
            return null;
        var action = interaction.Actions?.FirstOrDefault(a => a.ActionId?.StartsWith(SlackReplyRenderer.ChoiceActionPrefix, StringComparison.Ordinal) == true);
        var team = interaction.Team?.Id ?? interaction.User?.TeamId;
        var channel = interaction.Channel?.Id ?? interaction.Container?.ChannelId;
        var messageTs = interaction.Container?.MessageTs ?? interaction.Message?.Ts;
        if (action?.Value is not { } value || team is null || channel is null || messageTs is null || interaction.User?.Id is not { } user)
            return null;
        // Two people clicking the same button (two agents claiming a case) are two clicks, whatever their action_ts.
        return new SlackClickIn(
            team, channel, user, [$"click:{team}:{channel}:{messageTs}:{user}:{action.ActionId}:{action.ActionTs}"],
            messageTs, interaction.Message?.ThreadTs ?? interaction.Container?.ThreadTs, value, action.Text?.Text ?? value,
            interaction.Message?.Blocks, interaction.Message?.Text, interaction.User.Name ?? interaction.User.Username);
    }

    /// <summary>The bot's user id in the installation the event was delivered for.</summary>
    private static string? BotUserId(SlackEventEnvelope envelope) => envelope.Authorizations is [{ IsBot: true, UserId: { } bot }, ..] ? bot : null;

    /// <summary>Only the bot's own mention is taken off: an agent's "@someone" at the start is part of what they wrote.</summary>
    private static string WithoutLeadingMention(string text, string? botUserId)
    {
        var match = LeadingMention().Match(text);
        return match.Success && match.Groups["user"].Value == botUserId ? text[match.Length..] : text;
    }

    [GeneratedRegex(@"^\s*(<@[A-Z0-9]+(\|[^>]*)?>\s*)+")]
    private static partial Regex LeadingMentions();

    [GeneratedRegex(@"^\s*<@(?<user>[A-Z0-9]+)(\|[^>]*)?>\s*")]
    private static partial Regex LeadingMention();
}
