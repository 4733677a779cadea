using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Schema;

public sealed class ActivityJsonTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1481567603816",
          "timestamp": "2016-12-12T18:33:23.8Z",
          "localTimestamp": "2016-12-12T10:33:23.8-08:00",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB", "name": "Megan Bowen", "aadObjectId": "7faf4bd3" },
          "conversation": { "isGroup": true, "conversationType": "channel", "id": "19:abc@thread.tacv2;messageid=1481567603816", "tenantId": "72f988bf" },
          "recipient": { "id": "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", "name": "RdpHelpBot" },
          "textFormat": "plain",
          "text": "<at>RdpHelpBot</at> error 0x904",
          "locale": "en-US",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", "name": "RdpHelpBot" }, "text": "<at>RdpHelpBot</at>" },
            { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web" }
          ],
          "channelData": { "teamsChannelId": "19:abc@thread.tacv2", "tenant": { "id": "72f988bf" } }
        }
        """;

    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, BotFrameworkJsonContext.Default.Activity)!;

    private static JsonElement Write(Activity activity) =>
        JsonSerializer.SerializeToElement(activity, BotFrameworkJsonContext.Default.Activity);

    [Fact]
    public void Deserialize_TeamsMessage_ReadsTheAddressing()
    {
        var activity = Parse(TeamsMessage);

        Assert.Equal(
            ("msteams", "https://smba.trafficmanager.net/amer/", "19:abc@thread.tacv2;messageid=1481567603816", "72f988bf", "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB"),
            (activity.ChannelId, activity.ServiceUrl, activity.Conversation!.Id, activity.Conversation.TenantId, activity.From!.Id));
    }

    [Fact]
    public void Deserialize_MentionEntity_IsTyped()
    {
        var mention = Parse(TeamsMessage).Entities![0];

        Assert.Equal(("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", "<at>RdpHelpBot</at>"), (mention.Mentioned!.Id, mention.Text));
    }

    [Fact]
    public void RoundTrip_OtherEntityAndChannelData_AreKeptAsTheyCame()
    {
        var written = Write(Parse(TeamsMessage));

        Assert.Equal("Web", written.GetProperty("entities")[1].GetProperty("platform").GetString());
        Assert.Equal("72f988bf", written.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public void Serialize_UsesBotFrameworkNamesAndLeavesNullsOut()
    {
        var written = Write(new Activity { Text = "hi", ReplyToId = "7", MembersAdded = [new ChannelAccount("29:a")] });

        Assert.Equal(["type", "replyToId", "text", "membersAdded"], written.EnumerateObject().Select(p => p.Name));
    }
}
