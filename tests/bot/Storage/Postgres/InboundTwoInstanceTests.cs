using System.Net;
using Microsoft.AspNetCore.Http;
using Npgsql;
using RdpHelpBot.Bot.Channels.BotFramework.Endpoint;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Channels.Slack.Inbox;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Channels.Slack;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Bot.Tests.LanguageModel;
using RdpHelpBot.Bot.Tests.Reliability;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// A message one instance is still answering, held in its turn by a language model that takes its time: a second
/// instance starting meanwhile leaves it to the first, which answers it once; and when the first is killed mid-turn,
/// the other answers it, once, after the first one's claim has run out. When the first is paused past its claim and
/// the other answers meanwhile, the first keeps nothing of its turn once it runs on.
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
    public async Task ActivityMidTurnOnAnInstancePausedPastItsClaim_TheOtherAnswersIt_ThePausedTurnIsRefused()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var model = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(ModelUnderstanderTests.Reading));
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        await PauseMidTurnPastTheClaimAsync(BotFrameworkSettings(model), model, InboundActivities.Channel,
            bot => TwoInstanceChannelTests.PostAsync(bot, Activity(connector, conversation)), () => Texts(connector, conversation));
    }

    [Fact]
    public async Task SlackMessageMidTurnOnAnInstancePausedPastItsClaim_TheOtherAnswersIt_ThePausedTurnIsRefused()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var model = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(ModelUnderstanderTests.Reading));

        await PauseMidTurnPastTheClaimAsync(SlackSettings(slack, model), model, SlackInbox.Channel,
            bot => TwoInstanceChannelTests.PostEventAsync(bot, SlackMessage()), () => SlackTexts(slack));
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

    /// <summary>
    /// Starts two instances, sends the message to one and pauses it (SIGSTOP) while its turn waits for the model, so
    /// that it renews nothing; once the other has taken the message over and answered it, lets the first run on and
    /// finish its turn. The user has the other's answer only, the state one turn, and the first says in one line
    /// that it dropped its turn.
    /// </summary>
    private async Task PauseMidTurnPastTheClaimAsync(
        string[] settings, OpenAIStandIn model, string channel, Func<BotProcess, Task<HttpStatusCode>> send, Func<List<string>> replies)
    {
        // Only the first instance's reading waits; the other one's is answered at once.
        model.Then(AnswerWhenLetAsync);
        var (a, b) = await _instances.StartAsync(settings);
        Assert.Equal(HttpStatusCode.OK, await send(a));
        await a.UntilAsync(() => !model.Requests.IsEmpty, "the turn reading the message");
        await a.Process.PauseAsync();
        var paused = DateTime.UtcNow;
        await b.UntilAsync(() => replies().Count > 0, "the answer from the other instance");
        TestContext.Current.TestOutputHelper?.WriteLine($"Answered by the other instance {(DateTime.UtcNow - paused).TotalSeconds:0.0} s after the pause.");
        // The other instance's replies all go out in one send: a few polls of its outbox.
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        var answer = replies();

        await a.Process.ResumeAsync();
        _modelAnswers.SetResult();
        await a.UntilAsync(() => a.Process.Output.Contains(RefusalLine, StringComparison.Ordinal) || replies().Count > answer.Count,
            "the paused instance finishing its turn");
        // Several outbox polls of both instances: a second answer would show by now.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);

        var afterResume = replies();
        AssertAnsweredOnce(afterResume);
        Assert.Equal(answer, afterResume);
        await AssertOneTurnKeptAsync();
        AssertRefusedInOneLine(a, channel);
    }

    private const string RefusalLine = "taken over while it ran";

    /// <summary>The conversation's state was written by one turn (its version is the first), whatever the second did.</summary>
    private async Task AssertOneTurnKeptAsync()
    {
        await using var connection = new NpgsqlConnection(_instances.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT key, etag FROM conversation_state", connection);
        var versions = new List<(string Key, long ETag)>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
                versions.Add((reader.GetString(0), reader.GetInt64(1)));
        }
        Assert.True(versions is [(_, 1)],
            $"Expected one conversation's state written once; found {string.Join(", ", versions.Select(v => $"{v.Key} version {v.ETag}"))}.");
    }

    /// <summary>The paused instance says in one line that it dropped its turn, and shows no exception.</summary>
    private static void AssertRefusedInOneLine(BotProcess paused, string channel)
    {
        var output = paused.Process.Output;
        var lines = output.Split('\n');
        Assert.True(lines.Count(line => line.Contains($"Dropped the turn of a {channel} item {RefusalLine}", StringComparison.Ordinal)) == 1,
            $"Not one line saying the turn was dropped. Output:\n{output}");
        Assert.False(lines.Any(line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            || output.Contains(nameof(InboundClaimLostException), StringComparison.Ordinal) || output.Contains("fail:", StringComparison.Ordinal),
            $"The refusal came with an error or a stack trace. Output:\n{output}");
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
