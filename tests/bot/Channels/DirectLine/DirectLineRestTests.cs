using System.Net;
using System.Text.Json;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineRestTests
{
    [Fact]
    public async Task StartConversation_WithSecret_Returns201WithTokenExpiryAndWebSocketStreamUrl()
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineServer.Secret);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await DirectLineServer.ReadJsonAsync(response);
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.NotEmpty(body.GetProperty("token").GetString()!);
        Assert.StartsWith($"ws://{server.BaseAddress.Authority}/v3/directline/conversations/{body.GetProperty("conversationId").GetString()}/stream?",
            body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartConversation_NoAuthorization_Returns401()
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StartConversation_WrongSecret_Returns403()
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Post, "/v3/directline/conversations", "not-the-secret-0123456789abcdefghijkl");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StartConversation_AgainWithItsToken_Returns200ForTheSameConversation()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var again = await server.SendAsync(HttpMethod.Post, "/v3/directline/conversations", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(conversation.Id, (await DirectLineServer.ReadJsonAsync(again)).GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task StartConversation_NewConversation_BotGreetsFirst()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        var set = await server.GetActivitiesAsync(conversation);

        var greeting = Assert.Single(set.GetProperty("activities").EnumerateArray());
        Assert.Equal("bot", greeting.GetProperty("from").GetProperty("role").GetString());
        Assert.Contains("0x904", greeting.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_Message_EchoesItWithAnIdAndItsClientActivityId()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var posted = await server.PostMessageAsync(conversation, "I get 0x904", clientActivityId: "web-42");

        var id = (await DirectLineServer.ReadJsonAsync(posted)).GetProperty("id").GetString();
        var echo = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal(("I get 0x904", "web-42", conversation.Id),
            (echo.GetProperty("text").GetString(), echo.GetProperty("channelData").GetProperty("clientActivityID").GetString(),
                echo.GetProperty("conversation").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task PostActivity_Message_BotRepliesAfterTheEchoAsRepliesToIt()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var posted = await server.PostMessageAsync(conversation, "I get 0x904");

        var id = (await DirectLineServer.ReadJsonAsync(posted)).GetProperty("id").GetString();
        var activities = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().ToList();
        var afterEcho = activities.SkipWhile(a => a.GetProperty("id").GetString() != id).Skip(1).ToList();
        Assert.NotEmpty(afterEcho);
        Assert.All(afterEcho, reply => Assert.Equal(id, reply.GetProperty("replyToId").GetString()));
    }

    [Fact]
    public async Task PostActivity_TokenOfAnotherConversation_Returns403AndKeepsNothing()
    {
        await using var server = await DirectLineServer.StartAsync();
        var mine = await server.StartConversationAsync();
        var other = await server.StartConversationAsync();
        var before = (await server.GetActivitiesAsync(mine)).GetProperty("activities").GetArrayLength();

        using var response = await server.PostMessageAsync(mine, "I get 0x904", bearer: other.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, (await server.GetActivitiesAsync(mine)).GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task GetActivities_TokenOfAnotherConversation_Returns403()
    {
        await using var server = await DirectLineServer.StartAsync();
        var mine = await server.StartConversationAsync();
        var other = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.Id}/activities", other.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_NoToken_Returns401()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_FromAWatermark_ReturnsOnlyLaterActivitiesAndTheNewWatermark()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        var first = await server.GetActivitiesAsync(conversation);
        using (await server.PostMessageAsync(conversation, "I get 0x904")) { }

        var later = await server.GetActivitiesAsync(conversation, first.GetProperty("watermark").GetString()!);

        var all = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(all.Skip(first.GetProperty("activities").GetArrayLength()), later.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), later.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task GetActivities_UnknownWatermark_Returns400()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities?watermark=abc", conversation.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnyCall_TokenPastItsLifetime_Returns403TokenExpired()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        server.Time.Advance(TimeSpan.FromMinutes(31));

        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", (await DirectLineServer.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task RefreshToken_BeforeExpiry_GivesATokenValidPastTheOldExpiry()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        server.Time.Advance(TimeSpan.FromMinutes(20));

        using var refreshed = await server.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        var token = (await DirectLineServer.ReadJsonAsync(refreshed)).GetProperty("token").GetString()!;
        server.Time.Advance(TimeSpan.FromMinutes(20));

        var set = await server.GetActivitiesAsync(conversation with { Token = token });
        Assert.True(set.GetProperty("activities").GetArrayLength() > 0);
    }

    [Fact]
    public async Task RefreshToken_Expired_Returns403()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        server.Time.Advance(TimeSpan.FromMinutes(31));

        using var response = await server.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GenerateToken_WithAToken_Returns403()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GenerateToken_WithAUser_PostedActivitiesComeFromThatUser()
    {
        await using var server = await DirectLineServer.StartAsync();
        using var generated = await server.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineServer.Secret, new { user = new { id = "dl_alice" } });
        var token = (await DirectLineServer.ReadJsonAsync(generated)).GetProperty("token").GetString()!;
        var conversation = await server.StartConversationAsync(token);

        using var posted = await server.PostMessageAsync(conversation, "hello");

        var id = (await DirectLineServer.ReadJsonAsync(posted)).GetProperty("id").GetString();
        var echo = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal("dl_alice", echo.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Reconnect_WithToken_GivesANewStreamUrlResumingAtTheWatermark()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark=7", conversation.Token);

        var streamUrl = (await DirectLineServer.ReadJsonAsync(response)).GetProperty("streamUrl").GetString();
        Assert.NotEqual(conversation.StreamUrl, streamUrl);
        Assert.Contains("watermark=7&", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_UnknownConversationWithSecret_Returns404()
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Get, "/v3/directline/conversations/no-such-conversation", DirectLineServer.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_WithoutType_Returns400NamingIt()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, new { text = "hi", from = new { id = "u" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", (await DirectLineServer.ReadJsonAsync(response)).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_Click_AnswersTheQuestionWithTheChoice()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();
        using (await server.PostMessageAsync(conversation, "I get 0x904")) { }
        var question = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().Last();
        var choice = question.GetProperty("suggestedActions").GetProperty("actions")[0];

        using var clicked = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, new
        {
            type = "message",
            from = new { id = "user-1" },
            text = choice.GetProperty("text").GetString(),
            value = choice.GetProperty("value"),
        });

        var next = (await server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray().Last();
        Assert.NotEqual(question.GetProperty("text").GetString(), next.GetProperty("text").GetString());
        Assert.True(next.TryGetProperty("suggestedActions", out _), "the next question offers its answers");
    }
}
