namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>A user or bot on a channel.</summary>
internal sealed record ChannelAccount(string Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
