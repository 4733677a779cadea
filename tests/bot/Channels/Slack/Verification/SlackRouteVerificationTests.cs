using System.Net;
using RdpHelpBot.Bot.Channels.Slack.Verification;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Verification;

/// <summary>The signature matrix at the routes: only a request signed with our secret, now, gets in.</summary>
public sealed class SlackRouteVerificationTests
{
    private static readonly string Mention = SlackPayloads.AppMention("Ev1", "1700000001.000100", "I get 0x904").ToJsonString();

    [Theory]
    [InlineData("slack/events")]
    [InlineData("slack/commands")]
    [InlineData("slack/interactivity")]
    public async Task Route_NoSigningSecret_Returns404(string path)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, $"--SLACK_BOT_TOKEN={SlackTestBot.BotToken}");

        using var response = await bot.PostSignedAsync(path, "payload=%7B%7D", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Events_SocketModeOnlyWithoutSigningSecret_Returns404()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, $"--SLACK_APP_TOKEN={SlackTestBot.AppToken}", $"--SLACK_BOT_TOKEN={SlackTestBot.BotToken}");

        using var response = await bot.PostEventAsync(Mention);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Events_SignedBodyOverTheLimit_Returns413AndAnswersNothing()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostSignedAsync("slack/events", new string(' ', SlackSignatureFilter.MaxBodyBytes) + Mention, "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Events_ValidSignature_Returns200AndAnswers()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostEventAsync(Mention);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage");
    }

    [Fact]
    public async Task Events_SignedWithAnotherSecret_Returns401AndPostsNothing()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostSignedAsync("slack/events", Mention, "application/json", secret: "wrong-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingPostedAsync(slack, bot);
    }

    [Fact]
    public async Task Events_BodyChangedAfterSigning_Returns401()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostSignedAsync("slack/events", Mention, "application/json", request =>
            request.Content = new StringContent(Mention.Replace("0x904", "0x905", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(10)]
    public async Task Events_TimestampTenMinutesAway_Returns401(int minutes)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostSignedAsync("slack/events", Mention, "application/json", at: DateTimeOffset.UtcNow.AddMinutes(minutes));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Slack-Signature")]
    [InlineData("X-Slack-Request-Timestamp")]
    public async Task Events_HeaderMissing_Returns401(string header)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostSignedAsync("slack/events", Mention, "application/json", request => request.Headers.Remove(header));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("slack/commands")]
    [InlineData("slack/interactivity")]
    public async Task FormRoute_SignedWithAnotherSecret_Returns401(string path)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostSignedAsync(path, SlackPayloads.CommandForm("hi"), "application/x-www-form-urlencoded", secret: "wrong-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UrlVerification_Signed_AnswersTheChallenge()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostEventAsync("""{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        Assert.Equal("""{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UrlVerification_Unsigned_Returns401()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.Http.PostAsync("slack/events", new StringContent("""{"challenge":"x","type":"url_verification"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Commands_SslCheck_Returns200AndPostsNothing()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostFormAsync("slack/commands", "ssl_check=1&token=legacy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNothingPostedAsync(slack, bot);
    }

    /// <summary>A later valid message is answered; by then anything the refused one could have caused has happened.</summary>
    private static async Task AssertNothingPostedAsync(FakeSlackApi slack, SlackTestBot bot)
    {
        using var probe = await bot.PostEventAsync(SlackPayloads.AppMention("EvProbe", "1700000009.000900", "probe").ToJsonString());
        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == "1700000009.000900");
        Assert.DoesNotContain(slack.CallsTo("chat.postMessage"), call => call.ThreadTs != "1700000009.000900");
    }
}
