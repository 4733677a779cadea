using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>A Bot Framework card action (imBack, messageBack, postBack, openUrl…).</summary>
internal sealed record CardAction(string Type, string Title)
{
    public const string ImBack = "imBack";
    public const string MessageBack = "messageBack";

    /// <summary>For imBack the text sent; for messageBack the payload (a JSON value).</summary>
    public JsonElement? Value { get; init; }
    public string? Text { get; init; }
    public string? DisplayText { get; init; }
    public string? Image { get; init; }
}
