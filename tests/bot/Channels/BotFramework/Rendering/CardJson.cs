using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Rendering;

/// <summary>Renders replies and reads the card's JSON as a channel would receive it.</summary>
internal static class CardJson
{
    public static JsonElement Card(Reply reply, ActivityRenderingOptions? options = null)
    {
        var activity = ActivityRenderer.Render(reply, options ?? ActivityRenderingOptions.Default);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return attachment.Content!.Value;
    }

    public static JsonElement Body(Reply reply, ActivityRenderingOptions? options = null) => Card(reply, options).GetProperty("body");

    public static JsonElement[] Body(params CardBlock[] blocks) => Body(new Reply("", Card: new Card(blocks))).EnumerateArray().ToArray();

    public static string? String(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;
}
