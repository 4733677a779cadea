using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Bot.Channels.Slack.Rendering;
using RdpHelpBot.Bot.Channels.Slack.WebApi;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Turns one piece of Slack work into a turn of the conversation and posts the replies as Block Kit: in the
/// thread in a channel, in the conversation itself in a direct message.
/// </summary>
internal sealed class SlackTurnProcessor(TurnPipeline pipeline, SlackWebApiClient api, SlackWorkspaces workspaces)
{
    public const string ChannelId = "slack";

    public async Task ProcessAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        var token = await workspaces.GetBotTokenAsync(inbound.TeamId, cancellationToken);
        switch (inbound)
        {
            case SlackMessageIn message:
                await ProcessMessageAsync(message, token, cancellationToken);
                break;
            case SlackCommandIn command:
                await ProcessCommandAsync(command, token, cancellationToken);
                break;
            case SlackClickIn click:
                await ProcessClickAsync(click, token, cancellationToken);
                break;
            default:
                throw new ArgumentException($"Unknown Slack work {inbound.GetType().Name}.", nameof(inbound));
        }
    }

    private async Task ProcessMessageAsync(SlackMessageIn message, string token, CancellationToken cancellationToken)
    {
        // Messages the bot posted itself carry a bot_id and are dropped on receipt; this catches the rest.
        if (message.UserId == await workspaces.GetBotUserIdAsync(message.TeamId, token, cancellationToken))
            return;
        var place = message.IsDirect
            ? SlackPlace.Direct(message.TeamId, message.ChannelId)
            : SlackPlace.Thread(message.TeamId, message.ChannelId, message.ThreadTs ?? message.Ts);
        await RunTurnAsync(place, token, message.UserId, message.Text, choiceValue: null, cancellationToken);
    }

    /// <summary>In a channel the command opens a thread of its own; in a direct message it goes on there.</summary>
    private async Task ProcessCommandAsync(SlackCommandIn command, string token, CancellationToken cancellationToken)
    {
        var place = SlackPlace.Direct(command.TeamId, command.ChannelId);
        if (!SlackPlace.IsDirectMessage(command.ChannelId))
        {
            var opener = string.IsNullOrWhiteSpace(command.Text)
                ? $"<@{command.UserId}> asked for help with Remote Desktop."
                : $"<@{command.UserId}> asked for help with Remote Desktop: {SlackMrkdwn.Escape(command.Text)}";
            var posted = await api.PostMessageAsync(token, new PostMessageRequest(command.ChannelId, opener), cancellationToken);
            place = SlackPlace.Thread(command.TeamId, command.ChannelId, posted.Ts ?? throw new SlackApiException("chat.postMessage", "no_ts_in_response"));
        }
        await RunTurnAsync(place, token, command.UserId, NullIfBlank(command.Text), choiceValue: null, cancellationToken);
    }

    private async Task ProcessClickAsync(SlackClickIn click, string token, CancellationToken cancellationToken)
    {
        var chosen = ChoiceMadeMessage.Build(click.MessageBlocks, click.MessageText, click.UserId, click.Label);
        await api.UpdateMessageAsync(token, new UpdateMessageRequest(click.ChannelId, click.MessageTs, chosen.Text, chosen.Blocks), cancellationToken);
        var place = SlackPlace.IsDirectMessage(click.ChannelId)
            ? SlackPlace.Direct(click.TeamId, click.ChannelId)
            : SlackPlace.Thread(click.TeamId, click.ChannelId, click.ThreadTs ?? click.MessageTs);
        await RunTurnAsync(place, token, click.UserId, text: null, click.Value, cancellationToken);
    }

    private async Task RunTurnAsync(SlackPlace place, string token, string userId, string? text, string? choiceValue, CancellationToken cancellationToken)
    {
        // Slack signed the request, so the team-qualified user id is verified.
        var request = new TurnRequest(ChannelId, place.ConversationId, $"{place.TeamId}:{userId}", text, choiceValue)
        {
            VerifiedUserId = $"{place.TeamId}:{userId}",
        };
        var response = await pipeline.ProcessAsync(request, cancellationToken);
        foreach (var message in response.Replies.SelectMany(SlackReplyRenderer.Render))
        {
            await api.PostMessageAsync(token, new PostMessageRequest(place.ChannelId, message.Text, message.Blocks, place.ThreadTs), cancellationToken);
        }
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
