using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.Slack.Inbox;
using RdpHelpBot.Bot.Channels.Slack.OAuth;
using RdpHelpBot.Bot.Channels.Slack.Rendering;
using RdpHelpBot.Bot.Channels.Slack.WebApi;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.Slack.Outbound;

/// <summary>
/// Posts outgoing messages to Slack with the bot token of the workspace the address names: to a channel or direct
/// message (<c>TEAM:CHANNEL</c>, in a thread with <c>TEAM:CHANNEL:TS</c> or <see cref="ConversationAddress.ThreadId"/>),
/// or to a user (<c>TEAM:USER</c>) whose direct message is opened first; a message that replaces an earlier post
/// (<see cref="OutgoingMessage.Replaces"/>) updates it in place with its first part (<c>chat.update</c>). The delivery
/// answers the ts of the first message as <see cref="DeliveryResult.PostedId"/>. <c>chat.postMessage</c> is not
/// idempotent, so only a failure Slack says applied nothing is tried again; <c>chat.update</c> is, so a failure that
/// may have applied it is tried again too.
/// </summary>
internal sealed class SlackMessenger(SlackWebApiClient api, SlackWorkspaces workspaces, IOptions<OutboxOptions> outbox) : IChannelMessenger
{
    // An address with a Connector is a Slack conversation reached through Azure Bot Service, not this channel's.
    public bool Serves(ConversationAddress to) => to.ChannelId == SlackTurnProcessor.ChannelId && to.ServiceUrl is null;

    /// <summary>A post in a channel starts the thread <c>TEAM:CHANNEL:TS</c>; a direct message to a user starts none the bot can name.</summary>
    public HelpdeskThread? StartedThread(ConversationAddress to, string postedId)
    {
        if (Target(to) is not { ChannelId: { } channel, ThreadTs: null } target)
            return null;
        var thread = SlackPlace.Thread(target.TeamId, channel, postedId).ConversationId;
        return new HelpdeskThread(new ConversationKey(SlackTurnProcessor.ChannelId, thread), ConversationAddress.Conversation(SlackTurnProcessor.ChannelId, thread), postedId);
    }

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (Target(message.To) is not { } target)
            return new DeliveryResult(DeliveryOutcome.Permanent, "the address names no Slack workspace and channel (TEAM:CHANNEL) or user (TEAM:USER)");
        if (message.Replaces is not null && target.ChannelId is null)
            return new DeliveryResult(DeliveryOutcome.Permanent, "a message that replaces another needs the channel it is in (TEAM:CHANNEL), not a user");
        var parts = message.Replies.SelectMany(SlackReplyRenderer.Render).ToList();
        var sent = new Sent();
        try
        {
            var token = await workspaces.GetBotTokenAsync(target.TeamId, cancellationToken);
            var channel = target.ChannelId ?? await WithinSendTimeoutAsync(call => api.OpenDirectMessageAsync(token, target.UserId!, call), cancellationToken);
            foreach (var part in parts)
            {
                if (sent.PostedId is null && message.Replaces is { } replaced)
                {
                    // Updating the same message to the same content twice is harmless: a failure here is retried.
                    sent.Updating = true;
                    await WithinSendTimeoutAsync(call => api.UpdateMessageAsync(token, new UpdateMessageRequest(channel, replaced, part.Text, part.Blocks), call), cancellationToken);
                    sent.Updating = false;
                    sent.PostedId = replaced;
                    continue;
                }
                var answer = await WithinSendTimeoutAsync(call => api.PostMessageAsync(token, new PostMessageRequest(channel, part.Text, part.Blocks, target.ThreadTs), call), cancellationToken);
                sent.PostedId ??= answer.Ts;
                sent.Posted++;
            }
            return DeliveryResult.Delivered with { PostedId = sent.PostedId };
        }
        catch (SlackWorkspaceNotInstalledException)
        {
            return new DeliveryResult(DeliveryOutcome.Permanent, $"no bot token for Slack workspace {target.TeamId}");
        }
        catch (SlackApiException e)
        {
            return Classify(message.Id, e, sent);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError && sent.Posted == 0)
        {
            return new DeliveryResult(DeliveryOutcome.Retryable, "Slack could not be reached");
        }
        catch (HttpRequestException)
        {
            return MayHaveArrived(message.Id, "the connection to Slack broke", sent);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return MayHaveArrived(message.Id, "Slack did not answer in time", sent);
        }
    }

    /// <summary>One Web API call, given <see cref="OutboxOptions.SendTimeout"/> (its wait for the channel's pace included).</summary>
    private async Task<T> WithinSendTimeoutAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(outbox.Value.SendTimeout);
        return await call(timeout.Token);
    }

    private static DeliveryResult Classify(string id, SlackApiException e, Sent sent)
    {
        // Slack documents that an internal or fatal error (like an HTTP 500) may have applied part of the call.
        if (e.Error is "http_500" or "internal_error" or "fatal_error")
            return MayHaveArrived(id, $"Slack answered {e.Error}", sent);
        var retryable = e.Error == "ratelimited" || e.Error.StartsWith("http_5", StringComparison.Ordinal)
            || e.Error is "service_unavailable" or "request_timeout";
        var posted = sent.Posted;
        if (!retryable)
            return new DeliveryResult(DeliveryOutcome.Permanent, posted == 0
                ? $"Slack refused it: {e.Error}"
                : $"Slack refused part {posted + 1} of it ({e.Error}) after the first {posted} were posted; check, then outbox --retry {id}");
        // Slack applied nothing of this call, but the earlier parts of the message were posted: sending it all again would repeat them.
        return posted == 0
            ? new DeliveryResult(DeliveryOutcome.Retryable, $"Slack answered {e.Error}", e.RetryAfter)
            : new DeliveryResult(DeliveryOutcome.Permanent, $"Slack answered {e.Error} after {posted} part(s) were posted; check, then outbox --retry {id}");
    }

    /// <summary>
    /// A call that may have been applied: when nothing but the update of the replaced message can have happened,
    /// doing it again changes nothing more, so it is tried again; a post may have arrived, so a person decides.
    /// </summary>
    private static DeliveryResult MayHaveArrived(string id, string what, Sent sent) => sent is { Posted: 0, Updating: true }
        ? new(DeliveryOutcome.Ambiguous, $"{what} while replacing the earlier message; replacing it again is harmless")
        : DeliveryResult.MayHaveArrived($"{what} ({sent.Posted} part(s) confirmed)", id);

    /// <summary>How far a delivery got: the replaced message's update under way, the posts Slack confirmed, the first message's ts.</summary>
    private sealed class Sent
    {
        public bool Updating { get; set; }

        public int Posted { get; set; }

        public string? PostedId { get; set; }
    }

    private static SlackTarget? Target(ConversationAddress to)
    {
        if (to.ConversationId is { } conversation)
            return SlackPlace.Parse(conversation) is { } place
                ? new SlackTarget(place.TeamId, place.ChannelId, null, to.ThreadId ?? place.ThreadTs)
                : null;
        // A Slack turn's user id is TEAM:USER.
        return to.UserId?.Split(':') is [{ Length: > 0 } team, { Length: > 0 } user] ? new SlackTarget(team, null, user, null) : null;
    }

    private sealed record SlackTarget(string TeamId, string? ChannelId, string? UserId, string? ThreadTs);
}
