using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using RdpHelpBot.Bot.Channels.Slack.Verification;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.Slack;

/// <summary>The real host: Slack on with its settings, running the troubleshooting conversation; off without them.</summary>
public sealed class SlackBotHostTests
{
    [Fact]
    public async Task BotHost_WithSigningSecret_AnswersAMentionFromTheTroubleshootingConversationWithinSlacksLimits()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        using var data = new TemporaryFolder();
        await using var app = await StartAsync(data, SlackTestBot.HttpSettings, $"--Slack:ApiBaseUrl={slack.ApiBaseUrl}");
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await PostSignedAsync(http, SlackPayloads.AppMention("Ev1", "1700000001.000100", "I get error code 0x904, extended error code 0x7").ToJsonString());

        var answer = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1700000001.000100", answer.ThreadTs);
        BlockKitLimits.AssertWithin(answer);
    }

    [Fact]
    public async Task BotHost_WithoutSlackSettings_HasNoSlackRoutes()
    {
        using var data = new TemporaryFolder();
        await using var app = await StartAsync(data);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await PostSignedAsync(http, SlackPayloads.AppMention("Ev1", "1700000001.000100", "hi").ToJsonString());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<WebApplication> StartAsync(TemporaryFolder data, params string[][] settings)
    {
        string[] args = ["--urls=http://127.0.0.1:0", $"--Storage:DataFolder={data.Path}", "--Logging:LogLevel:Default=Warning", .. settings.SelectMany(s => s)];
        var app = BotHost.Build(args, TextWriter.Null) ?? throw new InvalidOperationException("The host did not build.");
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static Task<WebApplication> StartAsync(TemporaryFolder data, string[] settings, string extra) => StartAsync(data, settings, [extra]);

    private static async Task<HttpResponseMessage> PostSignedAsync(HttpClient http, string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, SlackSignature.Compute(SlackTestBot.SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
