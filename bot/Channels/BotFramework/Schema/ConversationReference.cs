namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>Where to send a message to a conversation later, without an incoming activity.</summary>
internal sealed record ConversationReference
{
    public string? ActivityId { get; init; }
    public ChannelAccount? User { get; init; }
    public ChannelAccount? Bot { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ChannelId { get; init; }
    public string? Locale { get; init; }
    public string? ServiceUrl { get; init; }
}
