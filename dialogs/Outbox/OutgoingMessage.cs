using System.Text.Json;
using System.Text.Json.Serialization;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Outbox;

/// <summary>
/// Where a message the bot sends goes, neutral of any channel: a conversation (optionally a thread in it, or as a
/// reply to one activity), or a user the channel opens a one-to-one conversation with when no conversation is named.
/// Each channel's messenger reads what it needs and refuses an address it cannot reach.
/// </summary>
public sealed record ConversationAddress(string ChannelId)
{
    public string? ConversationId { get; init; }

    /// <summary>A thread within the conversation (a Slack thread's <c>ts</c>, a Teams channel post's id).</summary>
    public string? ThreadId { get; init; }

    /// <summary>The activity these messages answer, for a channel that threads replies to it (Bot Framework).</summary>
    public string? ReplyToId { get; init; }

    /// <summary>The user to reach when no conversation is named (a one-to-one chat opened for the message).</summary>
    public string? UserId { get; init; }

    /// <summary>
    /// The Bot Framework Connector the conversation lives behind, for a conversation that came through Azure Bot
    /// Service: it tells those apart from the bot's own channels of the same name (its built-in Direct Line).
    /// </summary>
    public string? ServiceUrl { get; init; }

    public static ConversationAddress Conversation(string channelId, string conversationId) => new(channelId) { ConversationId = conversationId };
}

/// <summary>
/// Replies the bot sends on its own or after the request that caused them has been answered: one outbox row, delivered
/// in order, once. <paramref name="Id"/> names the effect: writing the same id again changes nothing.
/// </summary>
public sealed record OutgoingMessage(string Id, ConversationAddress To, IReadOnlyList<Reply> Replies)
{
    /// <summary>
    /// The channel's id of a message the bot sent earlier (a Slack <c>ts</c>, a Teams activity id) that the first reply
    /// replaces in place, for everyone who sees it (a helpdesk card that now says who claimed the case).
    /// </summary>
    public string? Replaces { get; init; }

    /// <summary>
    /// The helpdesk case whose thread this message starts: once posted, the thread under it is recorded on that case,
    /// so that what is written in the thread reaches the case.
    /// </summary>
    public string? ThreadOwner { get; init; }

    /// <summary>
    /// What the message is about, for whoever must hear when its recipient cannot be reached any more (a certificate
    /// warning names its hosts and subscriber); null when nobody needs to.
    /// </summary>
    public string? Topic { get; init; }

    /// <summary>The outbox row that carries this message, due at <paramref name="due"/>.</summary>
    public OutboxMessage ToRow(DateTimeOffset now, DateTimeOffset due) => new()
    {
        Id = Id,
        IdempotencyKey = Id,
        Kind = OutboxKinds.Message,
        Destination = JsonSerializer.Serialize(To, OutgoingMessageJsonContext.Default.ConversationAddress),
        Payload = JsonSerializer.Serialize(new MessagePayload(Replies, Replaces, ThreadOwner, Topic), OutgoingMessageJsonContext.Default.MessagePayload),
        Created = now,
        NextAttempt = due,
        State = OutboxState.Pending,
    };

    /// <summary>The message an outbox row of kind <see cref="OutboxKinds.Message"/> carries; null when the row cannot be read.</summary>
    public static OutgoingMessage? FromRow(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            var to = JsonSerializer.Deserialize(row.Destination, OutgoingMessageJsonContext.Default.ConversationAddress);
            var payload = JsonSerializer.Deserialize(row.Payload, OutgoingMessageJsonContext.Default.MessagePayload);
            return to is null || payload?.Replies is null
                ? null
                : new OutgoingMessage(row.Id, to, payload.Replies) { Replaces = payload.Replaces, ThreadOwner = payload.ThreadOwner, Topic = payload.Topic };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationAddress))]
[JsonSerializable(typeof(MessagePayload))]
internal sealed partial class OutgoingMessageJsonContext : JsonSerializerContext;

/// <summary>What an outbox row of kind <see cref="OutboxKinds.Message"/> carries besides its address.</summary>
internal sealed record MessagePayload(IReadOnlyList<Reply> Replies, string? Replaces = null, string? ThreadOwner = null, string? Topic = null);
