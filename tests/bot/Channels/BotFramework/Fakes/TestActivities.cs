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
}
