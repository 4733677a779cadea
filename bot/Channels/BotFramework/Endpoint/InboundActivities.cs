using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.BotFramework.Cards;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.BotFramework.Endpoint;

/// <summary>
/// Messages and welcomes answered before their turn runs: the activity is kept in the inbound store (a redelivery
/// of one already kept runs nothing), queued behind its conversation's earlier turns and the channel answered at
/// once, well within the 15 s after which Teams and Azure Bot Service send it again. The instance that keeps an
/// activity holds it (<see cref="InboundClaims"/>) until its turn has run; what a stopped process never ran is queued
/// again at the next start, or by another instance once the stopped one's claim has run out.
/// </summary>
internal sealed partial class InboundActivities(
    IInboundStore store,
    InboundClaims claims,
    InboundRuns runs,
    ConversationQueue queue,
    BotFrameworkTurns turns,
    KnownConversations conversations,
    CardClicks clicks,
    MentionedUsers mentions,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<InboundActivities> logger) : IInboundChannel
{
    /// <summary>
    /// The inbound store's channel for every Bot Framework activity; the activity's own channel id is in the item's id,
    /// so that one reaching the bot through Azure Bot Service (its <c>slack</c> or <c>directline</c>) is not taken for
    /// one of the bot's own channels of that name.
    /// </summary>
    public const string Channel = "botframework";

    /// <summary>How long a channel refused for a full queue is asked to wait.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    /// <summary>What a redelivery of the activity repeats: its channel, conversation and id.</summary>
    public static string Id(Activity activity) =>
        $"{activity.ChannelId}\n{activity.Conversation!.Id}\n{activity.Id ?? Guid.NewGuid().ToString("N")}";

    /// <summary>Keeps and queues the activity; 200 once kept (or when it was kept before), 429 when the queue is full.</summary>
    public async Task<ActivityResult> AcceptAsync(Activity activity, bool signedByChannel, CancellationToken cancellationToken)
    {
        if (await KeepAsync(activity, signedByChannel, cancellationToken) is not { } id)
            return ActivityResult.Ok;
        if (Enqueue(id, activity, signedByChannel))
            return ActivityResult.Ok;
        // Not kept after all, so that the channel's retry of it is taken.
        await store.ReleaseAsync(Channel, id, CancellationToken.None);
        LogQueueFull(activity.ChannelId);
        return ActivityResult.Error(HttpStatusCode.TooManyRequests, "TooManyRequests",
            "The bot has too many messages waiting in this conversation; send it again later.") with { RetryAfter = RetryAfter };
    }

    /// <summary>
    /// Keeps the activity for a turn the caller runs itself (a card click answered in the request) and returns its
    /// item id, to be marked handled with the turn; null for a redelivery of one kept before.
    /// </summary>
    public async Task<string?> KeepAsync(Activity activity, bool signedByChannel, CancellationToken cancellationToken)
    {
        var item = new InboundItem(Channel, Id(activity), QueueKey(activity),
            JsonSerializer.Serialize(new QueuedActivity(activity, signedByChannel), BotFrameworkJsonContext.Default.QueuedActivity), time.GetUtcNow());
        return await store.AcceptAsync(item, claims.Now(), cancellationToken) ? item.Id : null;
    }

    /// <summary>Runs, in the caller's request, the turn of an activity kept with <see cref="KeepAsync"/>; a failure is dealt with as a queued turn's is.</summary>
    public Task RunKeptAsync(string id, Activity activity, bool signedByChannel, CancellationToken cancellationToken) =>
        runs.RunAsync(Channel, id, token => turns.RunAsync(activity, TurnMapper.Message(activity, signedByChannel), id, token), cancellationToken);

    /// <summary>
    /// Queues, once at start, what a stopped process left: first the replies it wrote and never sent, then the
    /// activities it kept and never ran, each behind its conversation's earlier work; returns how many of each.
    /// </summary>
    /// <remarks>
    /// On PostgreSQL a reply still held for the instance that wrote it may be one that instance, still running, is
    /// sending at this moment; those are left to it, and the outbox worker takes them once the hold runs out.
    /// </remarks>
    public async Task<(int Replies, int Activities)> ReplayAsync(IOutboxStore outbox, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (storage.Value.Provider == StorageProvider.Postgres)
            return (0, await TakeOverAsync(cancellationToken));
        var replies = 0;
        var now = time.GetUtcNow();
        foreach (var row in await outbox.ListAsync(OutboxState.Pending, cancellationToken))
        {
            // Only rows still held for the process that wrote them: the worker takes none of those, so none goes twice.
            if (row.Kind != OutboxKinds.Message || row.NextAttempt <= now || !row.Id.StartsWith(Channel + ":", StringComparison.Ordinal)
                || OutgoingMessage.FromRow(row)?.To is not { ConversationId: { } conversationId } to)
                continue;
            // Left to the worker, they would wait out the hold while the turns queued next already answer.
            if (queue.TryEnqueue(new ConversationKey(to.ChannelId, conversationId).ToString(), token => delivery.DeliverAsync([row], token)))
                replies++;
        }
        return (replies, await TakeOverAsync(cancellationToken));
    }

    /// <remarks>What this process kept itself is held by it, so it is not queued twice.</remarks>
    public async Task<int> TakeOverAsync(CancellationToken cancellationToken)
    {
        var activities = 0;
        foreach (var item in await store.TakeUnhandledAsync(Channel, ConversationQueue.MaxTotal, claims.Now(), cancellationToken))
        {
            var kept = Read(item.Payload);
            if (kept?.Activity is not { Conversation: not null } activity)
            {
                await runs.MarkHandledAsync(Channel, item.Id, cancellationToken);
                continue;
            }
            if (Enqueue(item.Id, activity, kept.SignedByChannel))
                activities++;
            else
                LogReplayRefused(activity.ChannelId);
        }
        return activities;
    }

    private bool Enqueue(string id, Activity activity, bool signedByChannel) =>
        queue.TryEnqueue(QueueKey(activity), stopping => runs.RunAsync(Channel, id, token => RunAsync(id, activity, signedByChannel, token), stopping));

    private async Task RunAsync(string id, Activity activity, bool signedByChannel, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Message)
        {
            LogWelcome(activity.ChannelId, activity.Conversation!.ConversationType);
            await turns.RunAsync(activity, TurnMapper.Welcome(activity, activity.From!.Id), id, cancellationToken);
            return;
        }
        if (ChoiceValueReader.Read(activity) is { } choice && !clicks.Record(activity, choice).IsFirst)
        {
            await runs.MarkHandledAsync(Channel, id, cancellationToken);
            return;
        }
        await conversations.RefreshAsync(activity, cancellationToken);
        var request = TurnMapper.Message(activity, signedByChannel) with { Mentions = await mentions.ResolveAsync(activity, signedByChannel, cancellationToken) };
        await turns.RunAsync(activity, request, id, cancellationToken);
    }

    private static string QueueKey(Activity activity) => new ConversationKey(activity.ChannelId ?? "", activity.Conversation!.Id).ToString();

    private static QueuedActivity? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, BotFrameworkJsonContext.Default.QueuedActivity);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot added to a {ChannelId} conversation ({ConversationType}); stored for proactive messages")]
    private partial void LogWelcome(string? channelId, string? conversationType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {ChannelId} activity with 429: its conversation's queue, or the bot's, is full")]
    private partial void LogQueueFull(string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A kept {ChannelId} activity was not run again at start: the queue is full; it is tried at the next start")]
    private partial void LogReplayRefused(string? channelId);
}

/// <summary>An activity kept in the inbound store: what running it again needs.</summary>
internal sealed record QueuedActivity(Activity Activity, bool SignedByChannel);

/// <summary>
/// At start, before the bot takes new activities, queues what the last run left: its unsent replies and the
/// activities it kept and never ran.
/// </summary>
internal sealed partial class InboundReplayService(
    InboundActivities activities, IOutboxStore outbox, OutboxDelivery delivery, ILogger<InboundReplayService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await activities.ReplayAsync(outbox, delivery, cancellationToken) is var (replies, queued) && (replies > 0 || queued > 0))
                LogReplayed(replies, queued);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Deliberately broad: the bot still serves new activities; the kept ones wait for the next start.
            LogReplayFailed(exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending the replies of {Replies} Bot Framework turn(s) and running again {Count} kept activities the last run left")]
    private partial void LogReplayed(int replies, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "What the last run left of Bot Framework activities could not be read at start")]
    private partial void LogReplayFailed(Exception exception);
}
