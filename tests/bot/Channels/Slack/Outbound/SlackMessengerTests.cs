using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Outbound;

/// <summary>Messages the bot sends to Slack on its own, through the outbox.</summary>
public sealed class SlackMessengerTests
{
    [Fact]
    public async Task Message_ToAUserOnly_OpensTheirDirectMessageAndPostsThere()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);
        var message = new OutgoingMessage("m1", new ConversationAddress("slack") { UserId = $"{SlackPayloads.Team}:U9" }, [new Reply("Your certificate expires soon.")]);

        await SendAsync(bot, message);

        var open = Assert.Single(slack.CallsTo("conversations.open"));
        var post = Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Equal(("U9", SlackTestBot.BotToken), ((string?)open.Arguments["users"], open.Token));
        Assert.Equal("DU9", post.Channel);
        Assert.Contains("Your certificate expires soon.", post.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ToAThread_PostsInThatThread()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);
        var message = new OutgoingMessage("m1", ConversationAddress.Conversation("slack", "T1:C7:1700000001.000100"), [new Reply("Back again.")]);

        await SendAsync(bot, message);

        var post = Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Equal(("C7", "1700000001.000100"), (post.Channel, post.ThreadTs));
    }

    [Fact]
    public async Task Message_SlackDoesNotAnswerInTime_IsGivenUpOnSayingItMayHaveArrived()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, [.. SlackTestBot.HttpSettings, "--Outbox:SendTimeout=00:00:00.300"]);
        using var slow = slack.Hold("C7");

        await SendAsync(bot, new OutgoingMessage("m1", ConversationAddress.Conversation("slack", "T1:C7"), [new Reply("Hello.")]));

        var dead = Assert.Single(await bot.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Dead, TestContext.Current.CancellationToken));
        Assert.Contains("may have arrived", dead.Reason, StringComparison.Ordinal);
        Assert.Contains("outbox --retry m1", dead.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_RateLimited_IsTriedAgainNoSoonerThanSlackAsks()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, [.. SlackTestBot.HttpSettings, "--Slack:MaxRateLimitedAttempts=1", "--Outbox:FirstRetryDelay=00:00:00.010"]);
        slack.RateLimitNext("chat.postMessage", retryAfterSeconds: 30);
        var before = DateTimeOffset.UtcNow;

        await SendAsync(bot, new OutgoingMessage("m1", ConversationAddress.Conversation("slack", "T1:C7"), [new Reply("Hello.")]));

        var waiting = Assert.Single(await bot.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Pending, TestContext.Current.CancellationToken));
        Assert.True(waiting.NextAttempt >= before + TimeSpan.FromSeconds(30), $"next attempt {waiting.NextAttempt:O}");
    }

    [Fact]
    public async Task Message_ToAChannelTheBotIsNotIn_IsGivenUpOnWithSlacksReason()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);
        slack.FailNext("chat.postMessage", "not_in_channel");
        var message = new OutgoingMessage("m1", ConversationAddress.Conversation("slack", "T1:C7"), [new Reply("Hello.")]);

        await SendAsync(bot, message);

        var dead = Assert.Single(await bot.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Dead, TestContext.Current.CancellationToken));
        Assert.Contains("not_in_channel", dead.Reason, StringComparison.Ordinal);
    }

    private static async Task SendAsync(SlackTestBot bot, OutgoingMessage message)
    {
        await bot.Services.GetRequiredService<IProactiveMessenger>().QueueAsync([message], TestContext.Current.CancellationToken);
        await bot.Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(TestContext.Current.CancellationToken);
    }
}
