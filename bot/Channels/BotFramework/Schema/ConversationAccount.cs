namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>The conversation an activity belongs to; Teams adds the type (personal, channel, groupChat) and the tenant.</summary>
internal sealed record ConversationAccount(string Id)
{
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
