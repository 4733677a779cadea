using System.Net;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

public sealed class WebChatTests
{
    [Fact]
    public async Task Root_ServesTheChatPageThatLoadsNothingFromElsewhere()
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Get, "/", bearer: null);

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<script src=\"chat.js\"", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chat.js", "text/javascript")]
    [InlineData("/chat.css", "text/css")]
    public async Task PageFiles_AreServedWithTheirType(string path, string contentType)
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Get, path, bearer: null);

        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WebChatToken_FromThisMachine_StartsAConversationWithoutTheSecret()
    {
        await using var server = await DirectLineServer.StartAsync();
        using var granted = await server.SendAsync(HttpMethod.Post, "/webchat/token", bearer: null);
        var token = (await DirectLineServer.ReadJsonAsync(granted)).GetProperty("token").GetString()!;

        using var started = await server.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }

    [Fact]
    public async Task WebChatToken_ResponseNeverContainsTheSecret()
    {
        await using var server = await DirectLineServer.StartAsync();

        using var granted = await server.SendAsync(HttpMethod.Post, "/webchat/token", bearer: null);

        Assert.DoesNotContain(DirectLineServer.Secret, await granted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatToken_CalledFromAnotherSitesPage_Returns403()
    {
        await using var server = await DirectLineServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webchat/token");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await server.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WebChatToken_TurnedOff_Returns404()
    {
        await using var server = await DirectLineServer.StartAsync("--DirectLine:WebChatAccess=Off");

        using var response = await server.SendAsync(HttpMethod.Post, "/webchat/token", bearer: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
