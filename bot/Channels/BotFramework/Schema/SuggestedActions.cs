namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>Buttons shown under a message until the user answers.</summary>
internal sealed record SuggestedActions(IReadOnlyList<CardAction> Actions)
{
    /// <summary>Who may see them; empty means everyone.</summary>
    public IReadOnlyList<string>? To { get; init; }
}
