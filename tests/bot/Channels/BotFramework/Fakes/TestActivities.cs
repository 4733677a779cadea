using System.Text.Json;
using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

/// <summary>Activities as Teams posts them to the bot.</summary>
internal static class TestActivities
{
    public const string BotId = "28:bot-app";
    public const string UserId = "29:user-1";

    public static JsonObject Message(string conversationId, string serviceUrl, string text, string channelId = "msteams") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Megan" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "RdpHelpBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    /// <summary>A click on an Action.Execute button of the card Teams gave <paramref name="cardId"/>.</summary>
    public static JsonObject ExecuteClick(string conversationId, string serviceUrl, JsonElement button, string? cardId)
    {
        var invoke = Message(conversationId, serviceUrl, "");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = cardId;
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = button.GetProperty("title").GetString(),
                ["verb"] = button.GetProperty("verb").GetString(),
                ["data"] = JsonNode.Parse(button.GetProperty("data").GetRawText()),
            },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    /// <summary>A click on the Action.Submit fallback: a message whose value is the button's messageBack payload.</summary>
    public static JsonObject SubmitClick(string conversationId, string serviceUrl, JsonElement payload, string cardId)
    {
        var click = Message(conversationId, serviceUrl, "");
        click["replyToId"] = cardId;
        click["value"] = JsonNode.Parse(payload.GetRawText());
        return click;
    }
}
