using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Channels.Slack;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Local mode (no app id) answers programs on this machine only, and vouches for nobody: not a request that came
/// through a proxy, not a web page's cross-site request, not the user an unsigned activity names.
/// </summary>
public sealed class LocalModeCallerTests(LocalModeCallerTests.Fixture fixture) : IClassFixture<LocalModeCallerTests.Fixture>
{
    private const string ListedUser = "aad-operator";

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");

    private string Hello() => TestActivities.Message(NewConversation(), fixture.Connector.ServiceUrl, "hello").ToJsonString();

    [Fact]
    public async Task Message_TeamsActivityNamingAListedUser_RunsNoCheckAsThatUser()
    {
        var activity = TestActivities.Message(NewConversation(), fixture.Connector.ServiceUrl, "check 192.0.2.2");
        activity["from"]!["aadObjectId"] = ListedUser;

        using var response = await fixture.Bot.PostAsync(activity.ToJsonString(), token: null);

        var audit = await fixture.Bot.Services.GetRequiredService<ICheckAuditLog>().ListAsync(DateTimeOffset.MinValue, TestContext.Current.CancellationToken);
        var entry = Assert.Single(audit, entry => entry.Typed == "192.0.2.2");
        Assert.Equal((HttpStatusCode.OK, $"unverified:msteams:{TestActivities.UserId}", false), (response.StatusCode, entry.UserId, entry.Allowed));
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    public async Task Post_ThroughAProxy_Is403AndTheLogSaysWhy(string header, string value)
    {
        using var response = await fixture.Bot.PostAsync(Hello(), token: null, request => request.Headers.Add(header, value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(fixture.Logs.Lines, line => line.Contains($"carries {header}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_TextPlainFromAnotherSite_IsRefused()
    {
        using var response = await fixture.Bot.PostAsync(Hello(), token: null, request =>
        {
            request.Content!.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            request.Headers.Add("Origin", "https://evil.example");
        });

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.UnsupportedMediaType, response.StatusCode.ToString());
    }

    [Fact]
    public async Task Post_TextPlain_Is415()
    {
        using var response = await fixture.Bot.PostAsync(Hello(), token: null, request =>
            request.Content = new StringContent(Hello(), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_JsonFromAnotherSitesPage_Is403()
    {
        using var response = await fixture.Bot.PostAsync(Hello(), token: null, request => request.Headers.Add("Origin", "https://evil.example"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_FromAPageRebindingItsNameToThisMachine_Is403()
    {
        var rebound = $"evil.example:{fixture.Bot.BaseAddress.Port}";

        using var response = await fixture.Bot.PostAsync(Hello(), token: null, request =>
        {
            request.Headers.Host = rebound;
            request.Headers.Add("Origin", $"http://{rebound}");
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_FromTheBotsOwnOrigin_RunsTheTurn()
    {
        using var response = await fixture.Bot.PostAsync(Hello(), token: null, request =>
            request.Headers.Add("Origin", fixture.Bot.BaseAddress.GetLeftPart(UriPartial.Authority)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_JsonWithCharset_RunsTheTurn()
    {
        using var response = await fixture.Bot.PostAsync(Hello(), token: null, request =>
            request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A bot in local mode whose host checks a listed Teams user could run, if its identity were believed.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        internal TestLogs Logs { get; } = new();

        internal FakeConnector Connector { get; private set; } = null!;

        internal BotUnderTest Bot { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Connector = await FakeConnector.StartAsync();
            Bot = await BotUnderTest.StartAsync(
            [
                "--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1",
                "--Checks:AllowedHosts:0=192.0.2.0/24",
                $"--Checks:AllowedUsers:0={ListedUser}",
                "--Checks:CheckTimeout=00:00:02",
            ], logs: Logs);
        }

        public async ValueTask DisposeAsync()
        {
            await Bot.DisposeAsync();
            await Connector.DisposeAsync();
        }
    }
}

/// <summary>A reverse proxy the settings name: its <c>X-Forwarded-For</c> says who the caller is.</summary>
public sealed class KnownProxyTests
{
    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("203.0.113.9", HttpStatusCode.Unauthorized)]
    public async Task Post_ThroughAKnownProxy_AnswersAsTheCallerItNames(string forwardedFor, HttpStatusCode expected)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(["--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1", "--ReverseProxy:KnownProxies:0=127.0.0.1"]);
        var activity = TestActivities.Message("a:" + Guid.NewGuid().ToString("N"), connector.ServiceUrl, "hello");

        using var response = await bot.PostAsync(activity.ToJsonString(), token: null, request => request.Headers.Add("X-Forwarded-For", forwardedFor));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Post_ThroughAKnownProxyWithAnUnresolvedHop_Is403()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(["--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1", "--ReverseProxy:KnownProxies:0=127.0.0.1"]);
        var activity = TestActivities.Message("a:" + Guid.NewGuid().ToString("N"), connector.ServiceUrl, "hello");

        // The client claimed to be 127.0.0.1; the proxy appended the address it really came from, which no setting names.
        using var response = await bot.PostAsync(activity.ToJsonString(), token: null,
            request => request.Headers.Add("X-Forwarded-For", "127.0.0.1, 203.0.113.9"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>The Bot Framework's own root-level setting names, as Azure's templates and App Service set them.</summary>
public sealed class RootLevelSettingTests
{
    private const string AppId = "6c1f0c52-5f7e-4a54-9b55-2b1e0e6d2f10";

    [Fact]
    public async Task Post_RootLevelAppIdAndNoToken_Is401()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(
            [$"--MicrosoftAppId={AppId}", "--MicrosoftAppPassword=app-secret", "--MicrosoftAppType=MultiTenant"]);
        var activity = TestActivities.Message("a:" + Guid.NewGuid().ToString("N"), connector.ServiceUrl, "hello");

        using var response = await bot.PostAsync(activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("MicrosoftAppId", AppId, "0b6f3c2e-1d2b-4c3d-8e9f-0a1b2c3d4e5f")]
    [InlineData("MicrosoftAppType", "SingleTenant", "MultiTenant")]
    [InlineData("MicrosoftAppTenantId", "tenant-a", "tenant-b")]
    public async Task RunAsync_RootLevelAndSectionSettingDiffer_StopsNamingBoth(string name, string root, string section)
    {
        var errors = new StringWriter();
        // A bot that starts runs until stopped: stop it, so that starting fails the test instead of hanging it.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(20));

        var exitCode = await Bot.Hosting.BotHost.RunAsync(
        [
            "--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory",
            $"--MicrosoftAppId={AppId}", $"--BotFramework:MicrosoftAppId={AppId}", "--MicrosoftAppPassword=app-secret",
            $"--{name}={root}", $"--BotFramework:{name}={section}",
        ], errors, stop.Token);

        var text = errors.ToString();
        Assert.Equal(1, exitCode);
        Assert.StartsWith("The bot did not start: ", text, StringComparison.Ordinal);
        Assert.Contains($"{name} and BotFramework:{name}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AppId_RootLevelAndSectionAgree_IsThatId()
    {
        var errors = new StringWriter();

        using var app = Bot.Hosting.BotHost.Build(
            ["--Storage:Provider=InMemory", $"--MicrosoftAppId={AppId}", $"--BotFramework:MicrosoftAppId={AppId.ToUpperInvariant()}", "--MicrosoftAppPassword=app-secret"], errors);

        var options = app!.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RdpHelpBot.Bot.Channels.BotFramework.BotFrameworkOptions>>().Value;
        Assert.Equal((false, "app-secret"), (options.IsLocalMode, options.MicrosoftAppPassword));
    }
}
