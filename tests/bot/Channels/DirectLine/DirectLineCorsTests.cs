using System.Net;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// <c>DirectLine:AllowedOrigins</c>: a page from a listed origin may call the Direct Line routes from a browser (Web
/// Chat embedded elsewhere); any other origin gets no CORS grant, and the chat page's own token endpoint none at all.
/// </summary>
public sealed class DirectLineCorsTests
{
    private const string Portal = "https://portal.contoso.com";

    private static Task<DirectLineServer> StartAllowingPortalAsync() =>
        DirectLineServer.StartAsync($"--DirectLine:AllowedOrigins:0={Portal}");

    /// <summary>What a browser sends before a page's cross-origin <c>POST</c> with a bearer token and a JSON body.</summary>
    private static Task<HttpResponseMessage> PreflightAsync(DirectLineServer server, string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return server.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string? AllowedOrigin(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;

    [Theory]
    [InlineData("/v3/directline/tokens/generate")]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/v3/directline/conversations/abc/activities")]
    public async Task Preflight_FromAListedOrigin_GrantsTheBearerTokenAndJson(string path)
    {
        await using var server = await StartAllowingPortalAsync();

        using var response = await PreflightAsync(server, path, Portal);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Portal, AllowedOrigin(response));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"), "tokens, not cookies, are the gate");
    }

    [Fact]
    public async Task Preflight_FromAListedOrigin_IsKeptByTheBrowserForAWhile()
    {
        await using var server = await StartAllowingPortalAsync();

        using var response = await PreflightAsync(server, "/v3/directline/conversations/abc/activities", Portal);

        Assert.Equal("600", response.Headers.GetValues("Access-Control-Max-Age").Single());
    }

    [Fact]
    public async Task Preflight_FromAnOriginNotListed_GetsNoGrant()
    {
        await using var server = await StartAllowingPortalAsync();

        using var response = await PreflightAsync(server, "/v3/directline/conversations", "https://evil.example");

        Assert.Null(AllowedOrigin(response));
    }

    [Fact]
    public async Task Preflight_WithoutTheSetting_GetsNoGrant()
    {
        await using var server = await DirectLineServer.StartAsync();

        using var response = await PreflightAsync(server, "/v3/directline/conversations", Portal);

        Assert.Null(AllowedOrigin(response));
    }

    [Fact]
    public async Task Post_FromAListedOrigin_LetsThePageReadTheAnswer()
    {
        await using var server = await StartAllowingPortalAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Authorization = new("Bearer", DirectLineServer.Secret);
        request.Headers.Add("Origin", Portal);

        using var response = await server.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, Portal), (response.StatusCode, AllowedOrigin(response)));
    }

    [Fact]
    public async Task Post_FromAListedOriginWithoutACredential_IsStillRefused()
    {
        await using var server = await StartAllowingPortalAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Add("Origin", Portal);

        using var response = await server.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListedOriginWithItsDefaultPort_IsMatchedAsABrowserSendsIt()
    {
        await using var server = await DirectLineServer.StartAsync("--DirectLine:AllowedOrigins:0=HTTPS://Portal.Contoso.com:443");

        using var response = await PreflightAsync(server, "/v3/directline/conversations", Portal);

        Assert.Equal(Portal, AllowedOrigin(response));
    }

    [Fact]
    public async Task WebChatToken_FromAListedOrigin_GetsNoGrant()
    {
        await using var server = await StartAllowingPortalAsync();

        using var response = await PreflightAsync(server, "/webchat/token", Portal);

        Assert.Null(AllowedOrigin(response));
    }

    [Theory]
    [InlineData("portal.contoso.com")]
    [InlineData("https://portal.contoso.com/")]
    [InlineData("https://portal.contoso.com/chat")]
    [InlineData("https://portal.contoso.com?x=1")]
    [InlineData("ftp://portal.contoso.com")]
    [InlineData("https://user@portal.contoso.com")]
    [InlineData("*")]
    public async Task Start_AllowedOriginThatIsNotAnOrigin_StopsWithOneLineNamingTheSetting(string origin)
    {
        var errors = new StringWriter();
        // A bot that starts runs until stopped: stop it, so that starting fails the test instead of hanging it.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(20));

        var exitCode = await Bot.Hosting.BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", $"--DirectLine:AllowedOrigins:0={origin}"], errors, stop.Token);

        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, exitCode);
        Assert.StartsWith("The bot did not start: ", line, StringComparison.Ordinal);
        Assert.Contains($"DirectLine:AllowedOrigins: '{origin}'", line, StringComparison.Ordinal);
    }
}
