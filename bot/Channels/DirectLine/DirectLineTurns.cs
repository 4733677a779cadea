using Microsoft.Extensions.Options;
using System.Buffers;
using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Channels.DirectLine.History;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Runs the bot for a Direct Line conversation: a user's message (or click) becomes a turn of the pipeline;
/// the stream shows the bot typing, then each reply, rendered as a Bot Framework activity, is added to the
/// conversation with its own id and watermark. The replies are kept in the same transaction as the turn's state,
/// and a message is kept as awaiting its turn until then, so a crash loses neither a message nor a reply.
/// </summary>
internal sealed class DirectLineTurns(
    TurnPipeline pipeline, IDirectLineHistory history, IHostApplicationLifetime lifetime, TimeProvider time, IOptions<DirectLineOptions> options)
{
    public const string ChannelId = "directline";

    /// <summary>Who the bot is in the conversation's activities.</summary>
    public static readonly ChannelAccount Bot = new("rdphelpbot", "RdpHelpBot") { Role = "bot" };

    /// <summary>The user of a conversation started with the secret, before any message names one.</summary>
    public const string AnonymousUserId = "directline-user";

    /// <summary>Greets a new conversation, as a bot does when Direct Line tells it a conversation started.</summary>
    public async Task WelcomeAsync(DirectLineConversation conversation, string? userId)
    {
        var started = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            From = new ChannelAccount(userId ?? AnonymousUserId) { Role = "user" },
            Recipient = Bot,
            Conversation = new ConversationAccount(conversation.Id),
        };
        var request = new TurnRequest(ChannelId, conversation.Id, started.From.Id, Text: "");
        await using (await conversation.HoldAsync(lifetime.ApplicationStopping))
            await RunAsync(conversation, started, request, answered: null);
    }

    /// <summary>
    /// Keeps what a client posted (made by <paramref name="build"/> from its id) and, when it is a message to
    /// answer, answers it, after any earlier message still awaiting its turn; returns its id.
    /// </summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Func<string, JsonElement> build, DateTimeOffset now)
    {
        // Once accepted, the activity is kept and answered even if the client stops waiting.
        await using (await conversation.HoldAsync(CancellationToken.None))
        {
            var posted = conversation.Number([build], now)[0];
            posted = posted with { AwaitsTurn = Request(conversation, Read(posted)) is not null };
            await conversation.KeepAsync(posted, CancellationToken.None);
            await AnswerAwaitingAsync(conversation);
            return posted.Id;
        }
    }

    /// <summary>Answers the conversation's messages kept but not answered yet, oldest first; the caller holds the conversation.</summary>
    public async Task AnswerAwaitingAsync(DirectLineConversation conversation)
    {
        while (conversation.OldestAwaitingTurn is { } awaiting)
        {
            var incoming = Read(awaiting);
            if (Request(conversation, incoming) is { } request)
                await RunAsync(conversation, incoming, request, awaiting.Sequence);
            else
                await KeepRepliesAsync(conversation, [], awaiting.Sequence);
        }
    }

    private static Activity Read(KeptActivity kept) =>
        kept.Activity.Deserialize(BotFrameworkJsonContext.Default.Activity)! with { Recipient = Bot };

    /// <summary>The turn a posted activity asks for; null for what needs no answer (typing, events, an empty message).</summary>
    private static TurnRequest? Request(DirectLineConversation conversation, Activity incoming)
    {
        if (incoming.Type != ActivityTypes.Message || incoming.From is null)
            return null;
        var choice = ChoiceValueReader.Read(incoming);
        var text = choice is null ? incoming.Text?.Trim() : null;
        if (choice is null && string.IsNullOrEmpty(text))
            return null;
        return new TurnRequest(ChannelId, conversation.Id, incoming.From.Id, text, choice);
    }

    private async Task RunAsync(DirectLineConversation conversation, Activity incoming, TurnRequest request, long? answered)
    {
        await conversation.SendTransientAsync(Serialize(new Activity { Type = ActivityTypes.Typing }.ReplyTo(incoming)), lifetime.ApplicationStopping);
        KeptReplies? kept = null;
        KeptReplies? handedOver = null;
        var replyCount = 0;
        // A client that stops waiting does not stop the turn: its replies are kept for when it reconnects.
        await pipeline.ProcessAsync(request with
        {
            KeepReplies = replies =>
            {
                (replyCount, handedOver) = (replies.Count, null);
                return kept = new KeptReplies(history, conversation.Id, conversation.ToKeep(Number(conversation, incoming, replies), answered));
            },
            KeepHandOvers = options.Value.AgentHub
                ? packets => handedOver = new KeptReplies(
                    history, conversation.Id, conversation.ToKeep(HandOverEvents(conversation, incoming, packets, replyCount), answered: null))
                : null,
        }, lifetime.ApplicationStopping);
        if (kept is not null)
            conversation.Show(kept.Append.Activities, answered);
        if (handedOver is not null)
            conversation.Show(handedOver.Append.Activities, answered: null);
    }

    /// <summary>A <c>handoff.initiate</c> event per case handed over, numbered after the turn's <paramref name="replyCount"/> replies.</summary>
    private IReadOnlyList<KeptActivity> HandOverEvents(
        DirectLineConversation conversation, Activity incoming, IReadOnlyList<CasePacket> packets, int replyCount)
    {
        var now = time.GetUtcNow();
        var events = packets.Select(packet => DirectLineHandoff.Initiation(conversation, incoming, packet) with { ChannelId = ChannelId });
        // Numbering is pure until the activities are shown, so the replies' places are skipped, not taken twice.
        return [.. conversation.Number([
            .. Enumerable.Repeat<Func<string, JsonElement>>(_ => default, replyCount),
            .. events.Select(activity => (Func<string, JsonElement>)(id => Serialize(activity with { Id = id, Timestamp = now }))),
        ], now).Skip(replyCount)];
    }

    /// <summary>Marks a message answered without a turn (nothing in it to answer).</summary>
    private async Task KeepRepliesAsync(DirectLineConversation conversation, IReadOnlyList<KeptActivity> replies, long answered)
    {
        await history.AppendAsync(conversation.Id, conversation.ToKeep(replies, answered), transaction: null, lifetime.ApplicationStopping);
        conversation.Show(replies, answered);
    }

    /// <summary>
    /// Adds the bot's messages to the conversation on its own initiative (not answering a message): kept in the
    /// history, then sent to the stream when one is open; a client without one reads them from its watermark. The
    /// activities carry <paramref name="messageId"/>, so the same message sent again (the bot stopped before the
    /// outbox noted it delivered) adds nothing.
    /// </summary>
    public async Task SendAsync(DirectLineConversation conversation, string messageId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        await using (await conversation.HoldAsync(cancellationToken))
        {
            if (conversation.Contains(activity => OutgoingMessageId(activity) == messageId))
                return;
            var marker = OutgoingMessageMarker(messageId);
            var activities = Number(conversation, replies, activity => activity with
            {
                ChannelId = ChannelId,
                From = Bot,
                Conversation = new ConversationAccount(conversation.Id),
                ChannelData = marker,
            });
            await history.AppendAsync(conversation.Id, conversation.ToKeep(activities, answered: null), transaction: null, cancellationToken);
            conversation.Show(activities, answered: null);
        }
    }

    private const string OutgoingMessageProperty = "outgoingMessageId";

    private static JsonElement OutgoingMessageMarker(string messageId)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(OutgoingMessageProperty, messageId);
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static string? OutgoingMessageId(JsonElement activity) =>
        activity.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(OutgoingMessageProperty, out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private IReadOnlyList<KeptActivity> Number(DirectLineConversation conversation, Activity incoming, IReadOnlyList<Reply> replies) =>
        Number(conversation, replies, activity => activity.ReplyTo(incoming));

    private IReadOnlyList<KeptActivity> Number(DirectLineConversation conversation, IReadOnlyList<Reply> replies, Func<Activity, Activity> address)
    {
        var now = time.GetUtcNow();
        return conversation.Number([.. replies.Select(reply =>
        {
            var activity = address(ActivityRenderer.Render(reply, ActivityRenderingOptions.Default));
            return (Func<string, JsonElement>)(id => Serialize(activity with { Id = id, Timestamp = now }));
        })], now);
    }

    private JsonElement Serialize(Activity activity) =>
        JsonSerializer.SerializeToElement(activity with { Timestamp = activity.Timestamp ?? time.GetUtcNow() }, BotFrameworkJsonContext.Default.Activity);

    /// <summary>A turn's reply activities, written in the transaction of the turn's state.</summary>
    private sealed class KeptReplies(IDirectLineHistory history, string conversationId, HistoryAppend append) : IStateWriteParticipant
    {
        public HistoryAppend Append => append;

        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            history.AppendAsync(conversationId, append, transaction, cancellationToken);
    }
}
