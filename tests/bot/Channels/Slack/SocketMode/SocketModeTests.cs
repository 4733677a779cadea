using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Bot.Tests.Conversations;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.SocketMode;

/// <summary>Socket Mode against a local WebSocket server speaking Slack's envelope protocol.</summary>
public sealed class SocketModeTests
{
    private static readonly string[] Settings = [$"--SLACK_APP_TOKEN={SlackTestBot.AppToken}", $"--SLACK_BOT_TOKEN={SlackTestBot.BotToken}"];

    [Fact]
    public async Task Start_OpensTheConnectionWithTheAppLevelToken()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, Settings);

        await slack.Sockets.NextConnectionAsync();

        Assert.Equal(SlackTestBot.AppToken, Assert.Single(slack.CallsTo("apps.connections.open")).Token);
    }

    [Fact]
    public async Task Envelope_IsAcknowledgedByItsIdAndAnswered()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, Settings);
        var socket = await slack.Sockets.NextConnectionAsync();
        await socket.SendHelloAsync();

        var envelope = await socket.SendEnvelopeAsync("events_api", SlackPayloads.DirectMessage("Ev1", "1700000001.000100", "hi"));

        await socket.WaitForAckAsync(envelope);
        var question = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage");
        Assert.Equal((SlackPayloads.DirectChannel, SlackTestBot.BotToken, true), (question.Channel, question.Token, question.HasButtons));
    }

    [Fact]
    public async Task SlashCommandEnvelope_StartsTheConversation()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, Settings);
        var socket = await slack.Sockets.NextConnectionAsync();
        await socket.SendHelloAsync();

        await socket.SendEnvelopeAsync("slash_commands", SlackPayloads.CommandJson("0x904", channel: SlackPayloads.DirectChannel));

        var question = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage");
        Assert.Contains(AzureQuestionConversation.Question, question.BlockText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disconnect_RefreshRequested_ReconnectsWithAFreshUrlAndGoesOn()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, Settings);
        var first = await slack.Sockets.NextConnectionAsync();
        await first.SendHelloAsync();

        await first.SendDisconnectAsync("refresh_requested");
        var second = await slack.Sockets.NextConnectionAsync();
        await second.SendHelloAsync();
        await second.SendEnvelopeAsync("events_api", SlackPayloads.DirectMessage("Ev1", "1700000001.000100", "hi"));

        await slack.WaitForCallAsync(call => call.Method == "chat.postMessage");
        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task Drop_InTheMiddleOfAConversation_ReconnectsAndAnswersTheClickOnce()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, Settings);
        var first = await slack.Sockets.NextConnectionAsync();
        await first.SendHelloAsync();
        await first.SendEnvelopeAsync("events_api", SlackPayloads.DirectMessage("Ev1", "1700000001.000100", "hi"));
        var question = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.HasButtons);
        var click = SlackPayloads.Click(question, "azure");

        // The click goes out and the connection dies before Slack hears an ack: Slack delivers it again.
        await first.SendEnvelopeAsync("interactive", click);
        first.Drop();
        var second = await slack.Sockets.NextConnectionAsync();
        await second.SendHelloAsync();
        await second.SendEnvelopeAsync("interactive", click, retryAttempt: 1);
        await second.SendEnvelopeAsync("events_api", SlackPayloads.DirectMessage("Ev2", "1700000009.000100", "one more"));

        // The last message's answer (the question again) comes after anything the click caused: its lane is ordered.
        await slack.WaitForCallsAsync(call => call.Method == "chat.postMessage" && call.HasButtons, count: 2);
        Assert.Single(slack.CallsTo("chat.update"));
        Assert.Single(slack.CallsTo("chat.postMessage"), call => call.BlockText.Contains(AzureQuestionConversation.Answered("azure"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Drop_BeforeAnyMessage_ReconnectsWithBackoff()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, Settings);
        var first = await slack.Sockets.NextConnectionAsync();

        first.Drop();
        var second = await slack.Sockets.NextConnectionAsync();
        await second.SendHelloAsync();
        var envelope = await second.SendEnvelopeAsync("events_api", SlackPayloads.DirectMessage("Ev1", "1700000001.000100", "hi"));

        await second.WaitForAckAsync(envelope);
        Assert.Equal(2, slack.Sockets.Connections);
    }

    [Fact]
    public async Task Start_AppTokenRefused_StopsWithoutRetrying()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.FailNext("apps.connections.open", "invalid_auth");
        var logs = new TestLogs();
        await using var bot = await SlackTestBot.StartAsync(slack, logs, Settings);

        await slack.WaitForCallAsync(call => call.Method == "apps.connections.open");
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.Single(slack.CallsTo("apps.connections.open"));
        Assert.Contains("SLACK_APP_TOKEN", logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silence_PastTheIdleTimeout_ReplacesTheConnection()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, [.. Settings, "--Slack:SocketIdleTimeout=00:00:00.300"]);
        var first = await slack.Sockets.NextConnectionAsync();
        await first.SendHelloAsync();

        var second = await slack.Sockets.NextConnectionAsync();

        await first.Closed.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count);
    }
}
