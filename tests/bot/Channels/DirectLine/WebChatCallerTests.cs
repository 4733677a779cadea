using System.Net;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Who the chat page's token endpoint serves with <c>DirectLine:WebChatAccess=Loopback</c>: browsers on this machine that
/// reached it by one of its own names, not a request that came through a proxy or a page that rebound its name here.
/// </summary>
public sealed class WebChatCallerTests
{
    private static Task<HttpResponseMessage> RequestTokenAsync(DirectLineServer server, Action<HttpRequestMessage> configure)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webchat/token");
        configure(request);
        return server.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A token asked for as a browser asks for it from a page at <c>http://HOST:PORT</c> (PORT the bot's).</summary>
    private static Task<HttpResponseMessage> RequestTokenFromPageAtAsync(DirectLineServer server, string host)
    {
        var authority = $"{host}:{server.BaseAddress.Port}";
        return RequestTokenAsync(server, request =>
        {
            request.Headers.Host = authority;
            request.Headers.Add("Origin", $"http://{authority}");
        });
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    public async Task WebChatToken_ThroughAProxy_Returns403(string header, string value)
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await RequestTokenAsync(server, request => request.Headers.Add(header, value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WebChatToken_PageRebindingItsNameToThisMachine_Returns403()
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await RequestTokenFromPageAtAsync(server, "evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task WebChatToken_LoopbackName_IsServed(string host)
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await RequestTokenFromPageAtAsync(server, host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WebChatToken_HostNameListedInTheSettings_IsServed()
    {
        await using var server = await DirectLineServer.StartAsync("--DirectLine:WebChatHostNames:0=chat.contoso.com");

        using var response = await RequestTokenFromPageAtAsync(server, "chat.contoso.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("203.0.113.9", HttpStatusCode.Forbidden)]
    public async Task WebChatToken_ThroughAKnownProxy_AnswersAsTheCallerItNames(string forwardedFor, HttpStatusCode expected)
    {
        await using var server = await DirectLineServer.StartAsync("--ReverseProxy:KnownProxies:0=127.0.0.1");

        using var response = await RequestTokenAsync(server, request => request.Headers.Add("X-Forwarded-For", forwardedFor));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Start_KnownProxyThatIsNotAnAddress_StopsNamingTheSetting()
    {
        var errors = new StringWriter();
        // A bot that starts runs until stopped: stop it, so that starting fails the test instead of hanging it.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(20));

        var exitCode = await Bot.Hosting.BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", "--ReverseProxy:KnownProxies:0=proxy.contoso.com"],
            errors, stop.Token);

        Assert.Equal((1, true), (exitCode, errors.ToString().StartsWith("The bot did not start: ", StringComparison.Ordinal)));
        Assert.Contains("ReverseProxy:KnownProxies", errors.ToString(), StringComparison.Ordinal);
    }
}
