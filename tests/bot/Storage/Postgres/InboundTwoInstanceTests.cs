using System.Net;
using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Channels.Slack;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Bot.Tests.LanguageModel;
using RdpHelpBot.Bot.Tests.Reliability;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// A message one instance is still answering, held in its turn by a language model that takes its time: a second
/// instance starting meanwhile leaves it to the first, which answers it once; and when the first is killed mid-turn,
/// the other answers it, once, after the first one's claim has run out.
/// </summary>
[Collection(TwoInstances.Collection)]
public sealed class InboundTwoInstanceTests(PostgresServer server) : IAsyncDisposable
{
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromSeconds(6);

    private readonly TwoInstances _instances = new(server);
    private readonly TaskCompletionSource _modelAnswers = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ActivityMidTurnOnOneInstance_AnotherStartingMeanwhile_LeavesItThere_AnsweredOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var model = await OpenAIStandIn.StartAsync(AnswerWhenLetAsync);
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        var b = await StartAnotherMidTurnAsync(BotFrameworkSettings(model), model,
            bot => TwoInstanceChannelTests.PostAsync(bot, Activity(connector, conversation)), () => connector.CallsTo(conversation).Count > 0);

        AssertAnsweredOnce(Texts(connector, conversation));
        AssertReadByOneTurn(model);
        Assert.DoesNotContain("kept activities", b.Process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityMidTurnOnAnInstanceKilled_TheOtherAnswersItOnce_AfterTheClaimRunsOut()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var model = await OpenAIStandIn.StartAsync(AnswerWhenLetAsync);
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        var takenOver = await KillMidTurnAsync(BotFrameworkSettings(model), model,
            bot => TwoInstanceChannelTests.PostAsync(bot, Activity(connector, conversation)), () => connector.CallsTo(conversation).Count > 0);

        AssertAnsweredOnce(Texts(connector, conversation));
        Assert.Equal(2, model.Requests.Count);
        AssertTakenOverInTime(takenOver);
    }

    [Fact]
    public async Task SlackMessageMidTurnOnOneInstance_AnotherStartingMeanwhile_LeavesItThere_AnsweredOnce()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var model = await OpenAIStandIn.StartAsync(AnswerWhenLetAsync);

        await StartAnotherMidTurnAsync(SlackSettings(slack, model), model,
            bot => TwoInstanceChannelTests.PostEventAsync(bot, SlackMessage()), () => TwoInstanceChannelTests.ToUser(slack).Count > 0);

        AssertAnsweredOnce(SlackTexts(slack));
        AssertReadByOneTurn(model);
    }

    [Fact]
    public async Task SlackMessageMidTurnOnAnInstanceKilled_TheOtherAnswersItOnce_AfterTheClaimRunsOut()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var model = await OpenAIStandIn.StartAsync(AnswerWhenLetAsync);

        var takenOver = await KillMidTurnAsync(SlackSettings(slack, model), model,
            bot => TwoInstanceChannelTests.PostEventAsync(bot, SlackMessage()), () => TwoInstanceChannelTests.ToUser(slack).Count > 0);

        AssertAnsweredOnce(SlackTexts(slack));
        Assert.Equal(2, model.Requests.Count);
        AssertTakenOverInTime(takenOver);
    }

    [Fact]
    public async Task ReplyBeingSentByOneInstance_AnotherStartingMeanwhile_LeavesItThere_SentOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        connector.Hang(conversation);
        // Long enough that the first instance's send neither times out nor is retried while the test looks.
        string[] settings = ["--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1", "--Outbox:SendTimeout=00:01:00", "--Outbox:ClaimTimeout=00:03:00"];
        var a = await _instances.StartOneAsync("a", settings);
        Assert.Equal(HttpStatusCode.OK, await TwoInstanceChannelTests.PostAsync(a, Activity(connector, conversation)));
        await a.UntilAsync(() => Sent(connector.Hung).Count > 0, "the first reply reaching the Connector");

        await _instances.StartOneAsync("b", settings);
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);

        var sent = Sent(connector.Hung);
        Assert.True(sent.Count == 1, $"The reply the first instance was sending was sent {sent.Count} times: the instance that started sent it too.");
    }

    private static List<ConnectorCall> Sent(IReadOnlyList<ConnectorCall> calls) => [.. calls.Where(call => call.Type == "message")];

    /// <summary>
    /// Sends the message to a first instance, starts a second while that turn waits for the model, lets the turn wait
    /// longer than an unrenewed claim lasts, then lets the model answer; returns the second instance once the answer
    /// has come and time enough for a second one has passed.
    /// </summary>
    private async Task<BotProcess> StartAnotherMidTurnAsync(string[] settings, OpenAIStandIn model, Func<BotProcess, Task<HttpStatusCode>> send, Func<bool> answered)
    {
        var a = await _instances.StartOneAsync("a", settings);
        Assert.Equal(HttpStatusCode.OK, await send(a));
        await a.UntilAsync(() => !model.Requests.IsEmpty, "the turn reading the message");
        var b = await _instances.StartOneAsync("b", settings);
        await Task.Delay(ClaimTimeout + TimeSpan.FromSeconds(2), Ct);
        _modelAnswers.SetResult();
        await a.UntilAsync(answered, "the answer");
        // Several outbox polls and rounds of the other instance: a second answer would show by now.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        return b;
    }

    /// <summary>
    /// Starts two instances, sends the message to one and kills it (SIGKILL) while its turn waits for the model;
    /// returns how long after the kill the answer came, once time enough for a second one has passed.
    /// </summary>
    private async Task<TimeSpan> KillMidTurnAsync(string[] settings, OpenAIStandIn model, Func<BotProcess, Task<HttpStatusCode>> send, Func<bool> answered)
    {
        var (a, b) = await _instances.StartAsync(settings);
        Assert.Equal(HttpStatusCode.OK, await send(a));
        await a.UntilAsync(() => !model.Requests.IsEmpty, "the turn reading the message");
        await a.Process.KillAsync();
        var killed = DateTime.UtcNow;
        _modelAnswers.SetResult();
        await b.UntilAsync(answered, "the answer from the other instance");
        var takenOver = DateTime.UtcNow - killed;
        TestContext.Current.TestOutputHelper?.WriteLine($"Answered by the other instance {takenOver.TotalSeconds:0.0} s after the kill.");
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        return takenOver;
    }

    private static void AssertReadByOneTurn(OpenAIStandIn model) =>
        Assert.True(model.Requests.Count == 1, $"The message was read by {model.Requests.Count} turns: the instance that started ran it too.");

    /// <summary>The model's reading, once the test lets the model answer; until then each request waits.</summary>
    private async Task AnswerWhenLetAsync(HttpContext context)
    {
        try
        {
            await _modelAnswers.Task.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The killed instance's request: nobody is left to answer.
            return;
        }
        await OpenAIStandIn.Completion(ModelUnderstanderTests.Reading)(context);
    }

    private static string[] Common(OpenAIStandIn model) =>
    [
        .. ModelUnderstanderTests.Settings(model.Endpoint),
        // The turn waits for the model as long as the test holds it.
        "--AzureOpenAI:Timeout=00:01:00",
        $"--Storage:InboundClaimTimeout={ClaimTimeout}",
    ];

    private static string[] BotFrameworkSettings(OpenAIStandIn model) =>
        ["--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1", "--Outbox:PollInterval=00:00:00.200", .. Common(model)];

    private static string[] SlackSettings(FakeSlackApi slack, OpenAIStandIn model) =>
        [.. SlackTestBot.HttpSettings, $"--Slack:ApiBaseUrl={slack.ApiBaseUrl}", "--Slack:MessageInterval=00:00:00.010", .. Common(model)];

    private static string Activity(FakeConnector connector, string conversation) =>
        TestActivities.Message(conversation, connector.ServiceUrl, "I get error 0x904 extended 0x7 when connecting").ToJsonString();

    private static string SlackMessage() =>
        SlackPayloads.DirectMessage("Ev" + Guid.NewGuid().ToString("N"), "1700000001.000100", "I get error 0x904 extended 0x7 on rdp01").ToJsonString();

    /// <summary>Each reply once: a second turn for the same message would repeat them.</summary>
    private static void AssertAnsweredOnce(List<string> texts)
    {
        Assert.NotEmpty(texts);
        Assert.Equal(texts.Distinct(StringComparer.Ordinal), texts);
    }

    /// <summary>
    /// Not before the killed instance's claim ran out (renewed at most a third of it before the kill), and soon after:
    /// the claim, a round of the other instance (every third of it), then the turn and its send.
    /// </summary>
    private static void AssertTakenOverInTime(TimeSpan takenOver)
    {
        Assert.True(takenOver > ClaimTimeout - (ClaimTimeout / 3) - TimeSpan.FromSeconds(0.5),
            $"Answered {takenOver.TotalSeconds:0.0} s after the kill, before the claim of {ClaimTimeout.TotalSeconds} s could have run out.");
        Assert.True(takenOver < ClaimTimeout + (ClaimTimeout / 3) + TimeSpan.FromSeconds(10),
            $"Answered only {takenOver.TotalSeconds:0.0} s after the kill.");
    }

    /// <summary>What each activity sent to the conversation said (its text, else its card's summary).</summary>
    private static List<string> Texts(FakeConnector connector, string conversation) => [.. connector.CallsTo(conversation)
        .Select(call => call.Body!.Value)
        .Select(body => body.TryGetProperty("text", out var text) ? text.GetString()! : body.GetProperty("summary").GetString()!)];

    private static List<string> SlackTexts(FakeSlackApi slack) =>
        [.. TwoInstanceChannelTests.ToUser(slack).Select(call => $"{call.Text}\n{call.BlockText}")];

    public ValueTask DisposeAsync() => _instances.DisposeAsync();
}
