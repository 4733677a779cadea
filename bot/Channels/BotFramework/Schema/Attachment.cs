using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>A card or file attached to an activity; <see cref="Content"/> is the card's JSON.</summary>
internal sealed record Attachment(string ContentType)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }
}
