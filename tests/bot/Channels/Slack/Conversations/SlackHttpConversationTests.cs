using System.Diagnostics;
using System.Net;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Bot.Tests.Conversations;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Conversations;

/// <summary>A whole conversation through /slack/events, /slack/commands and /slack/interactivity against a fake Slack.</summary>
public sealed class SlackHttpConversationTests
{
    private const string MentionTs = "1700000001.000100";

    [Fact]
    public async Task Mention_InChannel_AsksInTheMessagesThreadWithAButtonPerChoice()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        var question = await MentionAndWaitForQuestionAsync(slack, bot);

        Assert.Equal((SlackPayloads.Channel, MentionTs), (question.Channel, question.ThreadTs));
        Assert.Equal(AzureQuestionConversation.Answers.Select(a => (a.Label, a.Value)), question.Buttons);
        BlockKitLimits.AssertWithin(question);
    }

    [Fact]
    public async Task Click_OnAChoice_UpdatesTheClickedMessageToShowTheChoiceWithoutButtons()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);
        var question = await MentionAndWaitForQuestionAsync(slack, bot);

        using var response = await bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(question, "azure")));

        var update = await slack.WaitForCallAsync(call => call.Method == "chat.update");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((question.Channel, question.AnsweredTs), (update.Channel, update.Ts));
        Assert.False(update.HasButtons);
        Assert.Contains($"<@{SlackPayloads.User}> chose *Yes*", update.BlockText, StringComparison.Ordinal);
        Assert.Contains(AzureQuestionConversation.Question, update.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_OnAChoice_GoesOnInTheThreadWithTheChoiceAndACodeBlock()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);
        var question = await MentionAndWaitForQuestionAsync(slack, bot);

        await bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(question, "azure")));

        var answer = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.BlockText.Contains(AzureQuestionConversation.Answered("azure"), StringComparison.Ordinal));
        Assert.Equal(MentionTs, answer.ThreadTs);
        Assert.Contains("```\nRestart-Service TermService\n```", answer.BlockText, StringComparison.Ordinal);
        BlockKitLimits.AssertWithin(answer);
    }

    [Fact]
    public async Task Event_RetriedWithRetryNum_IsAnsweredOnce()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);
        var mention = SlackPayloads.AppMention("Ev1", MentionTs, "hi").ToJsonString();
        await bot.PostEventAsync(mention);

        using var retry = await bot.PostEventAsync(mention, retryNum: 1);
        await bot.PostEventAsync(mention, retryNum: 2);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await AssertQuestionsAskedAsync(slack, bot, expectedInThread: 1);
    }

    [Fact]
    public async Task Event_OnlyTheRetryArrives_IsAnswered()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        await bot.PostEventAsync(SlackPayloads.AppMention("Ev1", MentionTs, "hi").ToJsonString(), retryNum: 1);

        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == MentionTs);
    }

    [Fact]
    public async Task Event_SameMessageUnderAnotherEventId_IsAnsweredOnce()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        await bot.PostEventAsync(SlackPayloads.AppMention("Ev1", MentionTs, "hi").ToJsonString());
        await bot.PostEventAsync(SlackPayloads.AppMention("Ev2", MentionTs, "hi").ToJsonString());

        await AssertQuestionsAskedAsync(slack, bot, expectedInThread: 1);
    }

    [Theory]
    [InlineData("B999", null, SlackPayloads.User)]
    [InlineData(null, "message_changed", SlackPayloads.User)]
    [InlineData(null, null, FakeSlackApi.BotUserId)]
    public async Task DirectMessage_FromABotAnEditOrTheBotItself_IsIgnored(string? botId, string? subtype, string user)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        await bot.PostEventAsync(SlackPayloads.DirectMessage("Ev1", "1700000002.000100", "hi", user: user, botId: botId, subtype: subtype).ToJsonString());
        await bot.PostEventAsync(SlackPayloads.DirectMessage("Ev2", "1700000003.000100", "hello").ToJsonString());

        // Work for a channel runs in order: once the second message is answered, the first was dealt with.
        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage");
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredInTheDirectMessageNotInAThread()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        await bot.PostEventAsync(SlackPayloads.DirectMessage("Ev1", "1700000002.000100", "hi").ToJsonString());

        var question = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage");
        Assert.Equal((SlackPayloads.DirectChannel, (string?)null), (question.Channel, question.ThreadTs));
    }

    [Fact]
    public async Task SlashCommand_InChannel_OpensAThreadAndAsksInIt()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.PostFormAsync("slack/commands", SlackPayloads.CommandForm("0x904 from home"));

        var posts = await slack.WaitForCallsAsync(call => call.Method == "chat.postMessage", count: 2);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("0x904 from home", posts[0].Text, StringComparison.Ordinal);
        Assert.Equal((null, posts[0].AnsweredTs), (posts[0].ThreadTs, posts[1].ThreadTs));
        Assert.True(posts[1].HasButtons);
    }

    [Fact]
    public async Task SlashCommand_InDirectMessage_AsksThere()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        await bot.PostFormAsync("slack/commands", SlackPayloads.CommandForm("", channel: SlackPayloads.DirectChannel));

        var question = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage");
        Assert.Equal((SlackPayloads.DirectChannel, (string?)null, true), (question.Channel, question.ThreadTs, question.HasButtons));
    }

    [Fact]
    public async Task Event_SlackIsSlow_AcknowledgedWithinSlacksThreeSeconds()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);
        using var warmUp = await bot.PostEventAsync("""{"type":"url_verification","challenge":"warm-up"}""");
        slack.ResponseDelay = TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();

        using var response = await bot.PostEventAsync(SlackPayloads.AppMention("Ev1", MentionTs, "hi").ToJsonString());

        // Slack's limit is 3 seconds; answering before one Web API call could finish shows nothing waited on Slack.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task Conversation_TokensNeverReachTheLogs()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var logs = new TestLogs();
        await using (var bot = await SlackTestBot.StartAsync(slack, logs, SlackTestBot.HttpSettings))
        {
            var question = await MentionAndWaitForQuestionAsync(slack, bot);
            slack.FailNext("chat.update", "invalid_auth");
            await bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(question, "azure")));
            await slack.WaitForCallAsync(call => call.Method == "chat.update");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.Contains("invalid_auth", logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackTestBot.BotToken, logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackTestBot.SigningSecret, logs.All, StringComparison.Ordinal);
    }

    private static async Task<SlackApiCall> MentionAndWaitForQuestionAsync(FakeSlackApi slack, SlackTestBot bot)
    {
        await bot.PostEventAsync(SlackPayloads.AppMention("Ev1", MentionTs, "I get 0x904").ToJsonString());
        return await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == MentionTs && call.HasButtons);
    }

    /// <summary>
    /// Waits for the expected answers in the thread, then sends a message in another thread and waits for its answer:
    /// a second answer to the first would be next in its own conversation's queue, so it would have been posted by
    /// then (conversations run side by side, so the other thread's answer alone proves nothing about the first's).
    /// </summary>
    private static async Task AssertQuestionsAskedAsync(FakeSlackApi slack, SlackTestBot bot, int expectedInThread)
    {
        await slack.WaitForCallsAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == MentionTs, expectedInThread);
        await bot.PostEventAsync(SlackPayloads.AppMention("EvLater", "1700000050.000100", "later").ToJsonString());
        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == "1700000050.000100");
        Assert.Equal(expectedInThread, slack.CallsTo("chat.postMessage").Count(call => call.ThreadTs == MentionTs));
    }
}
