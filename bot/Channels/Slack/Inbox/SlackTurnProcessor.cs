using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Bot.Channels.Slack.Rendering;
using RdpHelpBot.Bot.Channels.Slack.WebApi;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// Turns one piece of Slack work into a turn of the conversation. The replies, as Block Kit (in the thread in a
/// channel, in the conversation itself in a direct message), go to the outbox with the turn's state and are posted
/// once it has committed: a Slack that cannot be reached leaves them to the outbox's retries. Each turn carries the
/// person's name in Slack.
/// </summary>
internal sealed class SlackTurnProcessor(
    TurnPipeline pipeline, SlackWebApiClient api, SlackWorkspaces workspaces, IProactiveMessenger messenger, SlackUserNames names, ICaseStore? cases = null)
{
    public const string ChannelId = "slack";

    /// <summary>
    /// Runs the work kept as <paramref name="id"/>; true when a turn ran, which wrote <paramref name="handled"/> with its state. False when the
    /// work needed no turn (the bot's own message, a reply in a helpdesk thread that is no live case's).
    /// </summary>
    public async Task<bool> ProcessAsync(SlackInbound inbound, string id, IStateWriteParticipant handled, CancellationToken cancellationToken)
    {
        var token = await workspaces.GetBotTokenAsync(inbound.TeamId, cancellationToken);
        var turn = new TurnWork(id, handled, token);
        switch (inbound)
        {
            case SlackMessageIn message:
                return await ProcessMessageAsync(message, turn, cancellationToken);
            case SlackCommandIn command:
                await ProcessCommandAsync(command, turn, cancellationToken);
                return true;
            case SlackClickIn click:
                await ProcessClickAsync(click, turn, cancellationToken);
                return true;
            default:
                throw new ArgumentException($"Unknown Slack work {inbound.GetType().Name}.", nameof(inbound));
        }
    }

    private async Task<bool> ProcessMessageAsync(SlackMessageIn message, TurnWork turn, CancellationToken cancellationToken)
    {
        // Messages the bot posted itself carry a bot_id and are dropped on receipt; this catches the rest.
        if (message.UserId == await workspaces.GetBotUserIdAsync(message.TeamId, turn.Token, cancellationToken))
            return false;
        // Agents talk among themselves in the helpdesk channel's threads too; only a live case's thread is the bot's business.
        if (message.InHelpdeskThread
            && (cases is null || await cases.FindLiveAsync(new ConversationKey(ChannelId, message.Place.ConversationId), cancellationToken) is null))
            return false;
        await RunTurnAsync(message.Place, turn, message.UserId, message.Text, choiceValue: null, cancellationToken);
        return true;
    }

    /// <summary>In a channel the command opens a thread of its own; in a direct message it goes on there.</summary>
    private async Task ProcessCommandAsync(SlackCommandIn command, TurnWork turn, CancellationToken cancellationToken)
    {
        var token = turn.Token;
        var place = command.Place;
        if (!SlackPlace.IsDirectMessage(command.ChannelId))
        {
            var opener = string.IsNullOrWhiteSpace(command.Text)
                ? $"<@{command.UserId}> asked for help with Remote Desktop."
                : $"<@{command.UserId}> asked for help with Remote Desktop: {SlackMrkdwn.Escape(command.Text)}";
            var posted = await api.PostMessageAsync(token, new PostMessageRequest(command.ChannelId, opener), cancellationToken);
            place = SlackPlace.Thread(command.TeamId, command.ChannelId, posted.Ts ?? throw new SlackApiException("chat.postMessage", "no_ts_in_response"));
        }
        await RunTurnAsync(place, turn, command.UserId, NullIfBlank(command.Text), choiceValue: null, cancellationToken);
    }

    /// <summary>
    /// A helpdesk card's buttons stay until the case changes hands, and then the card is replaced for everyone by
    /// the turn's own messages; any other clicked message loses its buttons and says who chose what.
    /// </summary>
    private async Task ProcessClickAsync(SlackClickIn click, TurnWork turn, CancellationToken cancellationToken)
    {
        if (click.Value is not (HelpdeskActions.Claim or HelpdeskActions.OpenTicket))
        {
            var chosen = ChoiceMadeMessage.Build(click.MessageBlocks, click.MessageText, click.UserId, click.Label);
            await api.UpdateMessageAsync(turn.Token, new UpdateMessageRequest(click.ChannelId, click.MessageTs, chosen.Text, chosen.Blocks), cancellationToken);
        }
        await RunTurnAsync(click.Place, turn, click.UserId, text: null, click.Value, cancellationToken, click.UserHandle);
    }

    private async Task RunTurnAsync(
        SlackPlace place, TurnWork turn, string userId, string? text, string? choiceValue, CancellationToken cancellationToken, string? handle = null)
    {
        IOutgoingBatch? replies = null;
        // Slack signed the request, so the team-qualified user id is verified.
        var request = new TurnRequest(ChannelId, place.ConversationId, $"{place.TeamId}:{userId}", text, choiceValue)
        {
            VerifiedUserId = $"{place.TeamId}:{userId}",
            UserName = await names.NameAsync(place.TeamId, userId, turn.Token, cancellationToken) ?? handle,
            // Called for each attempt; the last one is the attempt whose write committed.
            KeepReplies = turnReplies =>
            {
                replies = messenger.Prepare(turnReplies.Count == 0 ? [] : [new OutgoingMessage(
                    $"slack-replies:{turn.Id}", ConversationAddress.Conversation(ChannelId, place.ConversationId), turnReplies)]);
                return new StateWriteParticipants([replies, turn.Handled]);
            },
        };
        await pipeline.ProcessAsync(request, cancellationToken);
        if (replies is not null)
            await replies.SendAsync(cancellationToken);
    }

    /// <summary>The work's id (its replies' message id), its handled mark and the workspace's token.</summary>
    private sealed record TurnWork(string Id, IStateWriteParticipant Handled, string Token);

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
