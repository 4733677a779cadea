using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Channels.Slack;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Tests.Outbox;
using RdpHelpBot.Bot.Tests.Reliability;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// Two instances behind Slack's Events URL and the Bot Framework messaging endpoint: a message redelivered to the other
/// instance runs one turn, answered once, and the user's next message, on the other instance, carries on the case
/// begun on the first.
/// </summary>
[Collection(TwoInstances.Collection)]
public sealed class TwoInstanceChannelTests(PostgresServer server) : IAsyncDisposable
{
    private readonly TwoInstances _instances = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MessageRedeliveredToTheOtherInstance_IsAnsweredOnce_AndTheNextMessageThereGetsTheFix()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (a, b) = await _instances.StartAsync([
            .. SlackTestBot.HttpSettings, $"--Slack:ApiBaseUrl={slack.ApiBaseUrl}", "--Slack:MessageInterval=00:00:00.010",
            "--Logging:LogLevel:RdpHelpBot.Bot.Channels.Slack.SlackLog=Debug"]);
        var first = SlackPayloads.DirectMessage("Ev1", "1700000001.000100", "I get error 0x904 extended 0x7 on rdp01").ToJsonString();

        Assert.Equal(HttpStatusCode.OK, await PostEventAsync(a, first));
        await a.UntilAsync(() => ToUser(slack).Count > 0, "the answer to the first message");
        // Time for the rest of the turn's messages.
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        var answer = ToUser(slack);

        Assert.Equal(HttpStatusCode.OK, await PostEventAsync(b, first, retryNum: 1));
        await b.UntilAsync(() => b.Process.Output.Contains("already received", StringComparison.Ordinal) || ToUser(slack).Count > answer.Count,
            "the redelivery recognised, or answered again");
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        Assert.Equal(answer.Count, ToUser(slack).Count);

        Assert.Equal(HttpStatusCode.OK, await PostEventAsync(b, SlackPayloads.DirectMessage("Ev2", "1700000002.000100", "just show me the fixes").ToJsonString()));
        await b.UntilAsync(() => ToUser(slack).Skip(answer.Count).Any(AsksIfItWorked), "a fix and \"Did that fix it?\" from the other instance");

        var second = ToUser(slack).Skip(answer.Count).ToList();
        Assert.Contains(second, call => call.Blocks.Any(block => (string?)block?["type"] == "header"));
        Assert.DoesNotContain(second, call => answer.Any(earlier => earlier.Text == call.Text && earlier.BlockText == call.BlockText));
    }

    private static bool AsksIfItWorked(SlackApiCall call) =>
        $"{call.Text}\n{call.BlockText}".Contains("Did that fix it?", StringComparison.Ordinal)
        && call.Buttons.Select(button => button.Label).Intersect(["Yes", "No"]).Count() == 2;

    internal static List<SlackApiCall> ToUser(FakeSlackApi slack) =>
        [.. slack.CallsTo("chat.postMessage").Where(call => call.Channel == SlackPayloads.DirectChannel)];

    /// <summary>Posts the event signed as Slack signs it; as Slack's retry number <paramref name="retryNum"/> when given.</summary>
    internal static async Task<HttpStatusCode> PostEventAsync(BotProcess bot, string json, int? retryNum = null)
    {
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        using var request = SlackTestBot.Signed("slack/events", json, "application/json", SlackTestBot.SigningSecret, DateTimeOffset.UtcNow);
        if (retryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        using var response = await http.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task ActivityRedeliveredToTheOtherInstance_RunsOneTurn_OneReplyAtTheConnector()
    {
        await using var connector = await FakeConnector.StartAsync();
        var (a, b) = await _instances.StartAsync("--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1", "--Outbox:PollInterval=00:00:00.200");
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var activity = TestActivities.Message(conversation, connector.ServiceUrl, "I get error 0x904 extended 0x7 when connecting");
        var json = activity.ToJsonString();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(a, json));
        await a.UntilAsync(() => connector.CallsTo(conversation).Count > 0, "the reply");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(b, json));
        // Several polls of the outbox worker, and time for a turn run again: nothing more may come.
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);

        var reply = Assert.Single(connector.CallsTo(conversation));
        Assert.Equal((string?)activity["id"], reply.ReplyToId);
    }

    internal static async Task<HttpStatusCode> PostAsync(BotProcess bot, string json)
    {
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content, Ct);
        return response.StatusCode;
    }

    public ValueTask DisposeAsync() => _instances.DisposeAsync();
}

/// <summary>Two instances delivering one outbox: each row once, and a row taken over from an instance killed mid-delivery.</summary>
[Collection(TwoInstances.Collection)]
public sealed class TwoInstanceOutboxTests(PostgresServer server) : IAsyncDisposable
{
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromSeconds(6);

    private readonly TwoInstances _instances = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RowsQueuedWhileBothRun_EachIsDeliveredOnce_SomeByEach()
    {
        const int count = 60;
        await using var receiver = await LocalWebhookReceiver.StartAsync();
        var (a, b) = await _instances.StartAsync(Settings(receiver));
        for (var i = 0; i < count; i++)
            receiver.AnswerAfter(TimeSpan.FromMilliseconds(20));

        var keys = await QueueAsync(receiver, count);
        await a.UntilAsync(() => receiver.Accepted.Count >= count, "every row delivered");
        // A few poll intervals more: a second delivery would show by now.
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);

        Assert.Equal(keys.Order(StringComparer.Ordinal), receiver.Received.Select(webhook => webhook.Id).Order(StringComparer.Ordinal));
        Assert.All(receiver.Received, webhook => Assert.True(webhook.Verified && webhook.Status == 200));
        Assert.All((BotProcess[])[a, b], bot => Assert.Contains("Delivered outbox row", bot.Process.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstanceKilledMidDelivery_TheOtherDeliversTheRowOnceTheClaimRunsOut_UnderTheSameWebhookId()
    {
        await using var receiver = await LocalWebhookReceiver.StartAsync();
        receiver.HoldNext();
        var (a, b) = await _instances.StartAsync(Settings(receiver));

        var key = Assert.Single(await QueueAsync(receiver, 1));
        var held = await receiver.Holding.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var sender = _instances.OwnerOfConnectionFrom(held.SenderPort);
        await sender.Process.KillAsync();
        await (sender == a ? b : a).UntilAsync(() => receiver.Accepted.Count > 0, "the row taken over by the other instance");
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);

        var delivered = Assert.Single(receiver.Accepted);
        TestContext.Current.TestOutputHelper?.WriteLine($"Taken over {(delivered.Answered - held.Arrived).TotalSeconds:0.0} s after the held attempt.");
        Assert.Equal(key, delivered.Id);
        Assert.Equal([(key, 499), (key, 200)], receiver.Received.Select(webhook => (webhook.Id, webhook.Status)));
        // Not before the killed instance's claim ran out (it began just before the held request arrived).
        Assert.True(delivered.Answered - held.Arrived > ClaimTimeout - TimeSpan.FromSeconds(0.5),
            $"Taken over {(delivered.Answered - held.Arrived).TotalSeconds:0.0} s after the held attempt, before the claim of {ClaimTimeout.TotalSeconds} s ran out.");
    }

    private static string[] Settings(LocalWebhookReceiver receiver) =>
    [
        $"--Webhooks:0:Url={receiver.Url}", $"--Webhooks:0:Secret={LocalWebhookReceiver.Secret}",
        "--Outbox:PollInterval=00:00:00.100", "--Outbox:SendTimeout=00:00:03", $"--Outbox:ClaimTimeout={ClaimTimeout}",
        "--Logging:LogLevel:RdpHelpBot.Bot.Outbox.OutboxDelivery=Debug",
    ];

    /// <summary>Queues <paramref name="count"/> webhook rows due now, as a turn's events are queued; their webhook ids.</summary>
    private async Task<List<string>> QueueAsync(LocalWebhookReceiver receiver, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var rows = Enumerable.Range(0, count).Select(i => new OutboxMessage
        {
            Id = $"row-{i:D3}-{Guid.NewGuid():N}",
            IdempotencyKey = $"msg_{Guid.NewGuid():N}",
            Kind = OutboxKinds.Webhook,
            Destination = receiver.Url.ToString(),
            Payload = $$$"""{"type":"case.resolved","data":{"row":{{{i}}}}}""",
            Created = now,
            NextAttempt = now,
            State = OutboxState.Pending,
        }).ToList();
        await new PostgresOutboxStore(_instances.Database.Open()).AddAsync(rows, null, Ct);
        return [.. rows.Select(row => row.IdempotencyKey)];
    }

    public ValueTask DisposeAsync() => _instances.DisposeAsync();
}

/// <summary>
/// Two instances watching certificates: the instance holding the pass's lease is killed mid-pass, and the other takes
/// the pass over within the lease's time; each certificate warning is sent once.
/// </summary>
[Collection(TwoInstances.Collection)]
public sealed class TwoInstanceWatchTests(PostgresServer server) : IAsyncDisposable
{
    private const int Hosts = 4;
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);

    private readonly TwoInstances _instances = new(server);
    private readonly List<FakeRdpServer> _listeners = [];
    private volatile bool _holding = true;
    private int _connections;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HolderKilledMidPass_TheOtherTakesOverWithinTheLease_EachWarningSentOnce()
    {
        var now = DateTimeOffset.UtcNow;
        using var authority = TestCertificates.Authority("Contoso Test CA", now.AddDays(-400), now.AddDays(300));
        using var certificate = TestCertificates.IssuedBy(authority, "localhost", now.AddDays(-360), now.AddDays(5).AddHours(2));
        for (var i = 0; i < Hosts; i++)
            _listeners.Add(FakeRdpServer.ServingTls(certificate, HoldAsync));
        await using var receiver = await LocalWebhookReceiver.StartAsync();
        string[] settings =
        [
            "--Checks:AllowedHosts:0=127.0.0.1", "--Checks:AllowLoopback=true",
            .. _listeners.SelectMany((listener, i) => (string[])[
                $"--Checks:AllowedPorts:{i}={listener.Port}", $"--Watch:Hosts:{i}:Host=127.0.0.1", $"--Watch:Hosts:{i}:Port={listener.Port}"]),
            "--Watch:Parallelism=1", $"--Watch:LeaseDuration={LeaseDuration}",
            $"--Webhooks:0:Url={receiver.Url}", $"--Webhooks:0:Secret={LocalWebhookReceiver.Secret}", "--Outbox:PollInterval=00:00:00.100",
        ];

        var (a, b) = await _instances.StartAsync(settings);
        var holder = await _instances.LeaseHolderAsync("watch")
            ?? throw new Xunit.Sdk.XunitException("Neither instance holds the watch lease once both are up.");
        var other = holder == a ? b : a;
        Assert.True(Volatile.Read(ref _connections) < Hosts && receiver.Received.IsEmpty, "The pass was over before the holder could be killed.");
        await holder.Process.KillAsync();
        var killed = DateTime.UtcNow;
        _holding = false;

        await other.UntilAsync(() => receiver.Accepted.Count >= Hosts, "a warning for every host from the other instance");
        var takenOver = DateTime.UtcNow - killed;
        TestContext.Current.TestOutputHelper?.WriteLine($"Warnings from the other instance {takenOver.TotalSeconds:0.0} s after the kill.");
        // A few poll intervals and lease checks more: a second warning would show by now.
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);

        Assert.Equal(
            _listeners.Select(listener => ("certificate.expiring", listener.Port)).Order(),
            receiver.Received.Select(Summary).Order());
        Assert.All(receiver.Received, webhook => Assert.True(webhook.Verified && webhook.Status == 200));
        // The lease runs out at most LeaseDuration after the holder's last renewal, and the other looks every third of it;
        // then one quick pass and one outbox poll.
        Assert.True(takenOver < (LeaseDuration * 2) + TimeSpan.FromSeconds(5), $"Taken over only {takenOver.TotalSeconds:0.0} s after the kill.");
    }

    /// <summary>While the holder may still be killed, holds each answer a while, within the probe's 5 s read timeout.</summary>
    private async Task HoldAsync(CancellationToken stopping)
    {
        Interlocked.Increment(ref _connections);
        var until = DateTime.UtcNow.AddSeconds(3);
        while (_holding && DateTime.UtcNow < until)
            await Task.Delay(20, stopping);
    }

    private static (string, int) Summary(ReceivedWebhook webhook)
    {
        using var body = JsonDocument.Parse(webhook.Body);
        return (body.RootElement.GetProperty("type").GetString()!, body.RootElement.GetProperty("data").GetProperty("port").GetInt32());
    }

    public async ValueTask DisposeAsync()
    {
        await _instances.DisposeAsync();
        foreach (var listener in _listeners)
            await listener.DisposeAsync();
    }
}
