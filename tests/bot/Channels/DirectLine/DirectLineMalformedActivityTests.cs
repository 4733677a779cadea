using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Activities a client may get wrong, posted to <c>POST conversations/{id}/activities</c>: each gets a 4xx in
/// Direct Line's error shape naming what is wrong, nothing of it is kept or streamed, and the conversation goes on.
/// </summary>
public sealed class DirectLineMalformedActivityTests
{
    /// <summary>A message from user-1 with <paramref name="fields"/> added.</summary>
    private static string With(string fields) => $"{{\"type\":\"message\",\"from\":{{\"id\":\"user-1\"}},{fields}}}";

    /// <summary>A body, and the field the error must name (empty when the body as a whole is wrong).</summary>
    public static TheoryData<string, string> WrongFields => new()
    {
        { With(""" "text":{"a":1} """), "text" },
        { With(""" "text":["I get 0x904"] """), "text" },
        { With(""" "text":1e999 """), "text" },
        { With(""" "text":"hi","TEXT":{"a":1} """), "TEXT" },
        { With(""" "entities":"x" """), "entities" },
        { With(""" "entities":[5] """), "entities[0]" },
        { With(""" "entities":[{"type":5}] """), "entities[0].type" },
        { With(""" "entities":[{"text":"no type"}] """), "entities[0]" },
        { With(""" "attachments":{} """), "attachments" },
        { With(""" "attachments":["x"] """), "attachments[0]" },
        { With(""" "attachments":[{"contentType":{"a":1}}] """), "attachments[0].contentType" },
        { """{"type":"message","from":{"id":"user-1","role":5},"text":"hi"}""", "from.role" },
        { """{"type":"message","from":{"id":"user-1","name":[]},"text":"hi"}""", "from.name" },
        { """{"type":"message","from":{"id":"user-1","aadObjectId":true},"text":"hi"}""", "from.aadObjectId" },
        { """{"type":"message","from":"user-1","text":"hi"}""", "from" },
        { With(""" "recipient":{"id":{"x":1}} """), "recipient.id" },
        { With(""" "conversation":"c" """), "conversation" },
        { With(""" "conversation":{"id":"c","isGroup":"yes"} """), "conversation.isGroup" },
        { With(""" "locale":["en-US"] """), "locale" },
        { With(""" "localTimestamp":"yesterday" """), "localTimestamp" },
        { With(""" "replyToId":42 """), "replyToId" },
        { With(""" "channelId":{} """), "channelId" },
        { With(""" "suggestedActions":"x" """), "suggestedActions" },
        { With(""" "suggestedActions":{"actions":{}} """), "suggestedActions.actions" },
        { With(""" "membersAdded":"x" """), "membersAdded" },
        { With(""" "name":7 """), "name" },
        { With(""" "relatesTo":[] """), "relatesTo" },
        { """{"type":["message"],"from":{"id":"user-1"},"text":"hi"}""", "type" },
        { """{"type":"","from":{"id":"user-1"},"text":"hi"}""", "type" },
        { """{"type":"message","from":{"id":5},"text":"hi"}""", "from.id" },
        { "{\"type\":\"message\",\"from\":{\"id\":\"user-1\"},\"channelData\":" + new string('[', 200) + new string(']', 200) + "}", "" },
        { "{\"type\":\"message\",\"from\":{\"id\":\"user-1\"},\"text\":\"hi\"", "" },
        { """{"type":"message",}""", "" },
        { With(""" "text":"hi","text":"again" """), "" },
        { With(""" "channelData":{"a":1,"a":2} """), "" },
        { "[]", "" },
        { "null", "" },
        { "\"message\"", "" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(WrongFields))]
    public async Task PostActivity_Malformed_Returns400NamingTheFieldAndKeepsNothing(string body, string field)
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        var before = await server.GetActivitiesAsync(conversation);

        using var response = await PostRawAsync(server, conversation, body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await DirectLineServer.ReadJsonAsync(response)).GetProperty("error");
        Assert.Equal("BadArgument", error.GetProperty("code").GetString());
        if (field.Length > 0)
            Assert.Contains($"'{field}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertNothingKeptAndStillAnsweredAsync(server, conversation, before);
    }

    [Theory]
    [InlineData(""" "text":{"a":1} """, "The activity's 'text' must be a string, not an object.")]
    [InlineData(""" "recipient":{"id":"bot","role":5} """, "The activity's 'recipient.role' must be a string, not a number.")]
    [InlineData(""" "entities":[{"text":"no type"}] """, "The activity's 'entities[0]' needs 'type'.")]
    [InlineData(""" "localTimestamp":"yesterday" """, "The activity's 'localTimestamp' must be a string with a date and time, e.g. 2026-03-02T09:00:00Z.")]
    public async Task PostActivity_FieldOfTheWrongType_SaysWhatItMustBe(string fields, string message)
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var response = await PostRawAsync(server, conversation, With(fields), "application/json");

        Assert.Equal(message, (await DirectLineServer.ReadJsonAsync(response)).GetProperty("error").GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task PostActivity_NotJsonContentType_Returns415AndKeepsNothing(string contentType)
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        var before = await server.GetActivitiesAsync(conversation);

        using var response = await PostRawAsync(server, conversation, With(""" "text":"I get 0x904" """), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", (await DirectLineServer.ReadJsonAsync(response)).GetProperty("error").GetProperty("message").GetString(),
            StringComparison.Ordinal);
        await AssertNothingKeptAndStillAnsweredAsync(server, conversation, before);
    }

    [Fact]
    public async Task PostActivity_OverTheActivityLimit_Returns413AndKeepsNothing()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        var before = await server.GetActivitiesAsync(conversation);

        using var response = await PostRawAsync(server, conversation, With($"\"text\":\"{new string('x', 300 * 1024)}\""), "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("BadArgument", (await DirectLineServer.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
        await AssertNothingKeptAndStillAnsweredAsync(server, conversation, before);
    }

    [Fact]
    public async Task PostActivity_Malformed_NothingReachesTheOpenStream()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        using var socket = await DirectLineStreamTests.ConnectAsync(conversation.StreamUrl);
        var greeting = await DirectLineStreamTests.ReceiveSetAsync(socket);

        using (await PostRawAsync(server, conversation, With(""" "text":{"a":1} """), "application/json")) { }
        using (await server.PostMessageAsync(conversation, "I get 0x904", clientActivityId: "after-the-bad-one")) { }

        var next = await DirectLineStreamTests.ReceiveSetAsync(socket);
        Assert.NotEqual(greeting.GetProperty("watermark").GetString(), next.GetProperty("watermark").GetString());
        Assert.Equal("after-the-bad-one", next.GetProperty("activities")[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
    }

    private static async Task<HttpResponseMessage> PostRawAsync(DirectLineServer server, StartedConversation conversation, string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        return await server.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The history is as before, and a good message afterwards is echoed and answered.</summary>
    private static async Task AssertNothingKeptAndStillAnsweredAsync(DirectLineServer server, StartedConversation conversation, JsonElement before)
    {
        var after = await server.GetActivitiesAsync(conversation);
        Assert.Equal(before.GetProperty("watermark").GetString(), after.GetProperty("watermark").GetString());
        Assert.Equal(before.GetProperty("activities").GetArrayLength(), after.GetProperty("activities").GetArrayLength());

        using var posted = await server.PostMessageAsync(conversation, "I get 0x904");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await DirectLineServer.ReadJsonAsync(posted)).GetProperty("id").GetString();
        var activities = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().ToList();
        Assert.Contains(activities, a => a.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == id);
    }
}
