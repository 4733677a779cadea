using System.Text.RegularExpressions;
using RdpHelpBot.Bot.Channels.Slack.Commands;
using RdpHelpBot.Bot.Channels.Slack.Events;
using RdpHelpBot.Bot.Channels.Slack.Interactivity;
using RdpHelpBot.Bot.Channels.Slack.Rendering;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Reads Slack's payloads into work for the bot, the same for HTTP and Socket Mode. Null means "acknowledge
/// and ignore": bots' messages (the bot's own included), message subtypes (edits, joins…), other events.
/// </summary>
internal static partial class SlackInboundReader
{
    public static SlackInbound? FromEvent(SlackEventEnvelope envelope)
    {
        if (envelope is not { Event: { } e, InstallationTeamId: { } team } || e.BotId is not null || e.Subtype is not null)
            return null;
        var isDirect = e.Type == "message" && e.ChannelType == "im";
        if ((e.Type != "app_mention" && !isDirect) || e is not { User: { } user, Channel: { } channel, Ts: { } ts })
            return null;
        // A mention in a channel can also arrive as a message event with another event_id: channel + ts, which every
        // copy shares, comes first.
        IReadOnlyList<string> keys = envelope.EventId is { } id ? [$"message:{team}:{channel}:{ts}", $"event:{id}"] : [$"message:{team}:{channel}:{ts}"];
        return new SlackMessageIn(team, channel, user, keys, ts, e.ThreadTs, LeadingMentions().Replace(e.Text ?? "", ""), isDirect);
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
        return new SlackClickIn(
            team, channel, user, [$"click:{team}:{channel}:{messageTs}:{action.ActionId}:{action.ActionTs}"],
            messageTs, interaction.Message?.ThreadTs ?? interaction.Container?.ThreadTs, value, action.Text?.Text ?? value,
            interaction.Message?.Blocks, interaction.Message?.Text);
    }

    [GeneratedRegex(@"^\s*(<@[A-Z0-9]+(\|[^>]*)?>\s*)+")]
    private static partial Regex LeadingMentions();
}
