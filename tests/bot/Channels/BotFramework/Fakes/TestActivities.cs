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

    public const string TenantId = "tenant-1";

    /// <summary>Teams adding the app to a team: a conversationUpdate in the team's General channel, whose id is the team's.</summary>
    public static JsonObject AddedToTeam(string teamId, string teamName, string serviceUrl)
    {
        var added = Message(teamId, serviceUrl, "");
        added.Remove("text");
        added["type"] = "conversationUpdate";
        added["from"] = new JsonObject { ["id"] = "29:team-owner", ["name"] = "Team Owner", ["aadObjectId"] = "aad-team-owner" };
        added["conversation"] = new JsonObject { ["id"] = teamId, ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId };
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        added["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = teamName, ["aadGroupId"] = Guid.NewGuid().ToString() },
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        return added;
    }

    /// <summary>A message in a team channel's conversation (a reply chain's too), from a signed-in Teams user.</summary>
    public static JsonObject InChannel(string conversationId, string teamId, string serviceUrl, string text, string userName = "Adele Vance", string aadObjectId = "aad-adele")
    {
        var message = Message(conversationId, serviceUrl, text);
        message["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["name"] = userName, ["aadObjectId"] = aadObjectId };
        message["conversation"] = new JsonObject { ["id"] = conversationId, ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId };
        message["channelData"] = new JsonObject
        {
            ["teamsTeamId"] = teamId,
            ["teamsChannelId"] = conversationId.Split(';')[0],
            ["team"] = new JsonObject { ["id"] = teamId },
            ["channel"] = new JsonObject { ["id"] = conversationId.Split(';')[0] },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        return message;
    }

    /// <summary>The message with a mention entity for <paramref name="name"/> (its text must hold <c>&lt;at&gt;name&lt;/at&gt;</c>).</summary>
    public static JsonObject Mentioning(JsonObject message, string id, string name)
    {
        var entities = message["entities"] as JsonArray ?? [];
        entities.Add(new JsonObject { ["type"] = "mention", ["text"] = $"<at>{name}</at>", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name } });
        message["entities"] = entities;
        return message;
    }

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
