using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity: everything a channel and a bot say to each other. Only the fields this bot reads
/// or writes are typed; <see cref="Value"/> and <see cref="ChannelData"/> stay raw JSON because their shape
/// depends on the channel. JSON names follow the Bot Framework schema (camelCase, nulls left out).
/// </summary>
internal sealed record Activity
{
    public string Type { get; init; } = ActivityTypes.Message;
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ReplyToId { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Speak { get; init; }
    public string? InputHint { get; init; }
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    public JsonElement? Value { get; init; }
    public string? ValueType { get; init; }
    public string? Name { get; init; }
    public string? Action { get; init; }
    public string? Label { get; init; }
    public string? Code { get; init; }
    public string? TopicName { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public ConversationReference? RelatesTo { get; init; }
    public string? CallerId { get; init; }
}
