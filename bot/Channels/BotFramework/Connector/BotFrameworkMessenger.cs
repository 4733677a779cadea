using System.Net;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.BotFramework.Cards;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Sends outgoing messages through a Bot Framework Connector: to the address's serviceUrl, or the one stored for
/// the conversation (or, to reach a user without a conversation, one stored for the channel, in which a one-to-one
/// chat is opened first). The replies go as few activities as the channel draws well, in order, as replies to the
/// activity they answer when there is one. Sending an activity is not idempotent: one that may have arrived (no
/// answer in time, a 500, a connection broken off) is not sent again but left for a person to check.
/// </summary>
internal sealed partial class BotFrameworkMessenger(
    ConnectorClient connector,
    TrustedServiceUrls trusted,
    KnownConversations conversations,
    SentCards cards,
    IOptions<OutboxOptions> options,
    ILogger<BotFrameworkMessenger> logger) : IChannelMessenger
{
    /// <summary>The activities of each recent message that have gone already, so a retry in this process sends only the rest.</summary>
    private readonly BoundedMap<SentSoFar> _sent = new(10_000);

    public bool Serves(ConversationAddress to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return to.ServiceUrl is not null
            || string.Equals(to.ChannelId, ActivityRenderingOptions.TeamsChannelId, StringComparison.OrdinalIgnoreCase)
            || (to.ConversationId is { } conversationId && conversations.Remembers(to.ChannelId, conversationId));
    }

    /// <summary>
    /// A post to a Teams channel (its conversation id without <c>;messageid=</c>) starts the reply chain
    /// <c>{channel};messageid={activity id}</c>; a post anywhere else starts no thread.
    /// </summary>
    public HelpdeskThread? StartedThread(ConversationAddress to, string postedId)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (to.ConversationId is not { } channel || !TeamsIds.IsChannelId(channel))
            return null;
        var thread = TeamsIds.ReplyChain(channel, postedId);
        return new HelpdeskThread(new ConversationKey(to.ChannelId, thread), to with { ConversationId = thread, ReplyToId = null, UserId = null }, postedId);
    }

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var to = message.To;
        var stored = to.ConversationId is { } known
            ? await conversations.FindAsync(to.ChannelId, known, cancellationToken) ?? await ChannelOfReplyChainAsync(to.ChannelId, known, cancellationToken)
            : to.UserId is { } user ? await conversations.ForUserAsync(to.ChannelId, user, cancellationToken) : null;
        if ((to.ServiceUrl ?? stored?.ServiceUrl) is not { } serviceUrlText || !Uri.TryCreate(serviceUrlText, UriKind.Absolute, out var serviceUrl))
            return new DeliveryResult(DeliveryOutcome.Permanent, $"no Connector (serviceUrl) is known for this {to.ChannelId} conversation");
        if (!trusted.IsTrusted(serviceUrl))
            return new DeliveryResult(DeliveryOutcome.Permanent,
                $"the serviceUrl host '{serviceUrl.Host}' is not trusted (BotFramework:TrustedServiceUrlHosts)");

        var conversationId = to.ConversationId;
        var progress = _sent.TryGet(message.Id, out var already) ? already : new SentSoFar(0, null);
        var sent = progress.Count;
        try
        {
            if (conversationId is null)
            {
                if (to.UserId is null || stored is null)
                    return new DeliveryResult(DeliveryOutcome.Permanent, $"no conversation or user to reach, or no stored {to.ChannelId} conversation to open a chat from");
                // Teams answers the same one-to-one chat each time, so opening it again on a retry is harmless.
                conversationId = await OpenChatAsync(serviceUrl, stored, to.UserId, cancellationToken);
                if (conversationId is null)
                    return new DeliveryResult(DeliveryOutcome.Permanent, "the Connector opened no conversation with the user");
            }
            var activities = MessageSplitter.RenderAll(message.Replies, ActivityRenderingOptions.ForChannel(to.ChannelId));
            for (; sent < activities.Count; sent++)
            {
                var activity = Addressed(activities[sent], to, conversationId, serviceUrl, stored);
                // The first activity takes the place of the earlier post for everyone; the rest follow it.
                var replaces = sent == 0 ? message.Replaces : null;
                var resource = await WithinSendTimeoutAsync(token => replaces is null
                    ? connector.SendAsync(activity, token)
                    : connector.UpdateActivityAsync(serviceUrl, conversationId, replaces, activity with { ReplyToId = null }, token), cancellationToken);
                var id = replaces ?? resource?.Id;
                cards.Remember(to.ChannelId, conversationId, activity, id);
                progress = new SentSoFar(sent + 1, sent == 0 ? id : progress.FirstId);
                _sent.Set(message.Id, progress);
            }
            _sent.Remove(message.Id);
            return DeliveryResult.Delivered with { PostedId = progress.FirstId };
        }
        catch (Exception exception) when (Classify(exception, message.Id, sent, cancellationToken) is { } result)
        {
            if (conversationId is not null && await conversations.ForgetIfGoneAsync(to.ChannelId, conversationId, exception, CancellationToken.None))
                return result with { Reason = $"{result.Reason}: the conversation is gone (app removed or bot blocked); forgot it", RecipientGone = true };
            // Teams refuses to open a chat with a user who removed the app or blocked the bot with 403.
            if (conversationId is null && exception is ConnectorException { StatusCode: HttpStatusCode.Forbidden })
                return result with { Reason = $"{result.Reason}: the user removed the app or blocked the bot", RecipientGone = true };
            LogNotSent(exception, to.ChannelId, result.Outcome, result.Reason);
            return result;
        }
    }

    private async Task<ResourceResponse?> WithinSendTimeoutAsync(
        Func<CancellationToken, Task<ResourceResponse?>> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.SendTimeout);
        try
        {
            return await call(timeout.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The Connector did not answer in time.", exception);
        }
    }

    /// <summary>
    /// A reply chain the bot has not heard from yet (a helpdesk card's, just posted) is reached like its channel: the
    /// channel's stored reference says who the bot is there and in which tenant.
    /// </summary>
    private async Task<StoredConversation?> ChannelOfReplyChainAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        TeamsIds.ChannelOf(conversationId) is var channel && channel != conversationId
            ? await conversations.FindAsync(channelId, channel, cancellationToken)
            : null;

    private async Task<string?> OpenChatAsync(Uri serviceUrl, StoredConversation stored, string userId, CancellationToken cancellationToken)
    {
        var created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = stored.Bot,
            Members = [new ChannelAccount(userId)],
            TenantId = stored.TenantId,
            ChannelData = TeamsChannelData.ForTenant(stored.TenantId),
        }, cancellationToken);
        return created?.Id;
    }

    private static Activity Addressed(Activity content, ConversationAddress to, string conversationId, Uri serviceUrl, StoredConversation? stored)
    {
        var sameConversation = stored is not null && stored.ConversationId == conversationId;
        var sameChannel = stored is not null && TeamsIds.ChannelOf(conversationId) == stored.ConversationId;
        return content with
        {
            ChannelId = to.ChannelId,
            ServiceUrl = serviceUrl.ToString(),
            From = stored?.Bot,
            Recipient = to.UserId is { } user ? new ChannelAccount(user) : sameConversation ? stored!.User : null,
            Conversation = new ConversationAccount(conversationId)
            {
                TenantId = stored?.TenantId,
                ConversationType = sameConversation || sameChannel ? stored!.ConversationType : null,
            },
            ReplyToId = to.ReplyToId,
        };
    }

    /// <summary>What a failed send comes to; null for an exception that is no send failure (the worker's own cancellation).</summary>
    private static DeliveryResult? Classify(Exception exception, string outboxId, int sent, CancellationToken cancellationToken)
    {
        var progress = sent > 0 ? $" (after {sent} of its activities went)" : "";
        return exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            ConnectorException { StatusCode: { } status } refused when IsRetryable(status) =>
                new DeliveryResult(DeliveryOutcome.Retryable, $"the Connector answered {(int)status}{progress}", refused.RetryAfter),
            ConnectorException { StatusCode: HttpStatusCode.InternalServerError } =>
                DeliveryResult.MayHaveArrived($"the Connector answered 500{progress}", outboxId),
            ConnectorException { StatusCode: { } status } =>
                new DeliveryResult(DeliveryOutcome.Permanent, $"the Connector refused it with {(int)status}{progress}"),
            TimeoutException => DeliveryResult.MayHaveArrived($"the Connector did not answer in time{progress}", outboxId),
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } failed =>
                new DeliveryResult(DeliveryOutcome.Retryable, $"could not connect to the Connector ({failed.HttpRequestError}){progress}"),
            HttpRequestException failed =>
                DeliveryResult.MayHaveArrived($"the connection to the Connector broke off ({failed.HttpRequestError}){progress}", outboxId),
            UntrustedServiceUrlException => new DeliveryResult(DeliveryOutcome.Permanent, exception.Message),
            // The bot's token could not be had: nothing was sent.
            Microsoft.Identity.Client.MsalException => new DeliveryResult(DeliveryOutcome.Retryable, $"no token for the Connector ({exception.GetType().Name})"),
            _ => null,
        };
    }

    private static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.PreconditionFailed;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies to a {ChannelId} conversation were not sent ({Outcome}): {Reason}")]
    private partial void LogNotSent(Exception exception, string channelId, DeliveryOutcome outcome, string? reason);
}

/// <summary>How many of a message's activities went, and the id the channel gave the first.</summary>
internal sealed record SentSoFar(int Count, string? FirstId);
