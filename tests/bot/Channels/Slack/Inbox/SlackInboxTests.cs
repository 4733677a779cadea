using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Bot.Tests.Conversations;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Inbox;

/// <summary>How Slack work runs after it is acknowledged: side by side across conversations, its replies through the outbox.</summary>
public sealed class SlackInboxTests
{
    [Fact]
    public async Task Mention_WhileOtherChannelsAreSlow_IsAnsweredWithoutWaitingForThem()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);
        // Enough slow channels that any fixed set of shared lanes would have one of them in the fast channel's lane.
        var slowChannels = Enumerable.Range(0, 24).Select(i => string.Create(CultureInfo.InvariantCulture, $"CSLOW{i}")).ToList();
        var holds = slowChannels.Select(slack.Hold).ToList();
        try
        {
            foreach (var (channel, i) in slowChannels.Select((channel, i) => (channel, i)))
                await bot.PostEventAsync(SlackPayloads.AppMention($"EvSlow{i}", $"1700000001.{i:D6}", "hi", channel: channel).ToJsonString());

            await bot.PostEventAsync(SlackPayloads.AppMention("EvFast", "1700000099.000100", "hi", channel: "CFAST").ToJsonString());

            var answer = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.Channel == "CFAST", TimeSpan.FromSeconds(5));
            Assert.Contains(AzureQuestionConversation.Question, answer.BlockText, StringComparison.Ordinal);
        }
        finally
        {
            holds.ForEach(hold => hold.Dispose());
        }
    }

    [Fact]
    public async Task Mention_WhileSlackIsDown_KeepsTheReplyInTheOutboxAndPostsItOnceSlackIsBack()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, [.. SlackTestBot.HttpSettings, "--Outbox:FirstRetryDelay=00:00:00.300", "--Outbox:PollInterval=00:00:00.100"]);
        var outbox = bot.Services.GetRequiredService<IOutboxStore>();
        slack.Unavailable = true;

        await bot.PostEventAsync(SlackPayloads.AppMention("Ev1", "1700000001.000100", "hi").ToJsonString());
        var waiting = await WaitForAsync(async () => (await outbox.ListAsync(OutboxState.Pending, TestContext.Current.CancellationToken)).Where(row => row.Attempts > 0).ToList());
        slack.Unavailable = false;

        var question = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == "1700000001.000100" && call.Token is not null);
        Assert.Equal(OutboxKinds.Message, Assert.Single(waiting).Kind);
        Assert.Contains(AzureQuestionConversation.Question, question.BlockText, StringComparison.Ordinal);
        await WaitForAsync(async () => (await outbox.ListAsync(OutboxState.Delivered, TestContext.Current.CancellationToken)).ToList());
        Assert.Single(slack.CallsTo("chat.postMessage"), call => call.Token is not null);
    }

    [Fact]
    public async Task Click_StillRunningWhenTheBotStops_IsAnsweredAfterTheRestart()
    {
        using var data = new TemporaryFolder();
        string[] settings = [.. SlackTestBot.HttpSettings, $"--Storage:DataFolder={data.Path}", "--shutdownTimeoutSeconds=1"];
        await using var slack = await FakeSlackApi.StartAsync();
        var bot = await SlackTestBot.StartAsync(slack, settings);
        await bot.PostEventAsync(SlackPayloads.AppMention("Ev1", "1700000001.000100", "hi").ToJsonString());
        var question = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.HasButtons);
        using (slack.Hold(SlackPayloads.Channel))
        {
            await bot.PostFormAsync("slack/interactivity", SlackPayloads.ClickForm(SlackPayloads.Click(question, "azure")));
            while (slack.HeldCalls == 0)
                await Task.Delay(20, TestContext.Current.CancellationToken);
            await bot.DisposeAsync();
        }

        await using var restarted = await SlackTestBot.StartAsync(slack, settings);

        var answer = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.BlockText.Contains(AzureQuestionConversation.Answered("azure"), StringComparison.Ordinal));
        Assert.Equal("1700000001.000100", answer.ThreadTs);
    }

    private static async Task<List<T>> WaitForAsync<T>(Func<Task<List<T>>> read)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var found = await read();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
                return found;
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
