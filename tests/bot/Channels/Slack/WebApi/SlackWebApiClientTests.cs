using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels.Slack;
using RdpHelpBot.Bot.Channels.Slack.WebApi;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.WebApi;

public sealed class SlackWebApiClientTests
{
    private const string Token = "xoxb-client-test";

    [Fact]
    public async Task PostMessage_SlackAnswersOkFalse_ThrowsWithSlacksErrorCode()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.FailNext("chat.postMessage", "channel_not_found");

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            CreateSut(slack).PostMessageAsync(Token, new PostMessageRequest("C404", "hi"), TestContext.Current.CancellationToken));

        Assert.Equal(("chat.postMessage", "channel_not_found"), (error.Method, error.Error));
    }

    [Fact]
    public async Task PostMessage_RateLimited_WaitsRetryAfterThenPosts()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.RateLimitNext("chat.postMessage", retryAfterSeconds: 1);
        var clock = Stopwatch.StartNew();

        var posted = await CreateSut(slack).PostMessageAsync(Token, new PostMessageRequest("C1", "hi"), TestContext.Current.CancellationToken);

        Assert.NotNull(posted.Ts);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(10));
        Assert.Equal(2, slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_RetryAfterDateAlreadyPast_PostsAgainAtOnce()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero));
        slack.RateLimitNext("chat.postMessage", time.GetUtcNow() - TimeSpan.FromSeconds(30));

        var posted = await CreateSut(slack, time: time).PostMessageAsync(Token, new PostMessageRequest("C1", "hi"), TestContext.Current.CancellationToken);

        Assert.Equal((true, 2), (posted.Ts is not null, slack.CallsTo("chat.postMessage").Count));
    }

    [Fact]
    public async Task PostMessage_RetryAfterDate_WaitsUntilThatTimeOnTheBotsClock()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2040, 1, 1, 12, 0, 0, TimeSpan.Zero));
        slack.RateLimitNext("chat.postMessage", time.GetUtcNow() + TimeSpan.FromSeconds(5));
        var posting = CreateSut(slack, time: time).PostMessageAsync(Token, new PostMessageRequest("C1", "hi"), TestContext.Current.CancellationToken);
        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage");
        await Task.Delay(200, TestContext.Current.CancellationToken);
        var postedEarly = posting.IsCompleted;

        time.Advance(TimeSpan.FromSeconds(5));
        await posting.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal((false, 2), (postedEarly, slack.CallsTo("chat.postMessage").Count));
    }

    [Fact]
    public async Task Update_RateLimitedOnEveryAttempt_ThrowsRatelimited()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.RateLimitNext("chat.update", retryAfterSeconds: 0);
        slack.RateLimitNext("chat.update", retryAfterSeconds: 0);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => CreateSut(slack, maxAttempts: 2)
            .UpdateMessageAsync(Token, new UpdateMessageRequest("C1", "1.2", "hi", []), TestContext.Current.CancellationToken));

        Assert.Equal("ratelimited", error.Error);
    }

    [Fact]
    public async Task PostMessage_ThreeToOneChannel_AreSpacedByTheInterval()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var sut = CreateSut(slack, interval: TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => sut.PostMessageAsync(Token, new PostMessageRequest("C1", "hi"), TestContext.Current.CancellationToken)));

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(580), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task PostMessage_ToTwoChannels_DoNotWaitForEachOther()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var sut = CreateSut(slack, interval: TimeSpan.FromSeconds(5));
        var clock = Stopwatch.StartNew();

        await sut.PostMessageAsync(Token, new PostMessageRequest("C1", "hi"), TestContext.Current.CancellationToken);
        await sut.PostMessageAsync(Token, new PostMessageRequest("C2", "hi"), TestContext.Current.CancellationToken);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task PostMessage_SendsTheBearerTokenAndTheThread()
    {
        await using var slack = await FakeSlackApi.StartAsync();

        await CreateSut(slack).PostMessageAsync(Token, new PostMessageRequest("C1", "hi", [], "1.5"), TestContext.Current.CancellationToken);

        var call = Assert.Single(slack.Calls);
        Assert.Equal((Token, "C1", "1.5", "hi"), (call.Token, call.Channel, call.ThreadTs, call.Text));
    }

    [Fact]
    public async Task PostEphemeral_SendsTheUserItIsFor()
    {
        await using var slack = await FakeSlackApi.StartAsync();

        await CreateSut(slack).PostEphemeralAsync(Token, new PostEphemeralRequest("C1", "U7", "only you"), TestContext.Current.CancellationToken);

        Assert.Equal("U7", (string?)Assert.Single(slack.CallsTo("chat.postEphemeral")).Arguments["user"]);
    }

    [Fact]
    public async Task OpenDirectMessage_ReturnsTheConversationId()
    {
        await using var slack = await FakeSlackApi.StartAsync();

        var channel = await CreateSut(slack).OpenDirectMessageAsync(Token, "U7", TestContext.Current.CancellationToken);

        Assert.Equal("DU7", channel);
    }

    [Fact]
    public async Task AuthTest_ReturnsTheBotsIds()
    {
        await using var slack = await FakeSlackApi.StartAsync();

        var identity = await CreateSut(slack).AuthTestAsync(Token, TestContext.Current.CancellationToken);

        Assert.Equal((FakeSlackApi.BotUserId, FakeSlackApi.BotId), (identity.UserId, identity.BotId));
    }

    [Fact]
    public async Task GetUser_ReturnsTheUser()
    {
        await using var slack = await FakeSlackApi.StartAsync();

        var user = await CreateSut(slack).GetUserAsync(Token, "U7", TestContext.Current.CancellationToken);

        Assert.Equal(("U7", "Some One"), (user.Id, user.RealName));
    }

    [Fact]
    public async Task FailedAndRateLimitedCalls_NeverLogTheToken()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var logs = new TestLogs();
        slack.RateLimitNext("users.info", retryAfterSeconds: 0);
        slack.FailNext("users.info", "invalid_auth");

        await Assert.ThrowsAsync<SlackApiException>(() => CreateSut(slack, logs: logs).GetUserAsync(Token, "U7", TestContext.Current.CancellationToken));

        Assert.Contains("users.info", logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, logs.All, StringComparison.Ordinal);
    }

    private static SlackWebApiClient CreateSut(FakeSlackApi slack, TimeSpan? interval = null, int maxAttempts = 3, TestLogs? logs = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var options = new SlackOptions { MessageInterval = interval ?? TimeSpan.Zero, MaxRateLimitedAttempts = maxAttempts };
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs ?? new TestLogs()).SetMinimumLevel(LogLevel.Trace));
        return new SlackWebApiClient(
            new HttpClient { BaseAddress = slack.ApiBaseUrl },
            SlackWebApiClient.CreatePacer(options, time),
            time,
            options,
            new SlackLog(factory.CreateLogger<SlackLog>()));
    }
}
