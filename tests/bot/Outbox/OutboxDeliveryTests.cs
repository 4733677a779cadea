using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Webhooks;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Tests.Outbox;

/// <summary>The outbox worker against a local receiver, on a fake clock: what is delivered, retried, and given up on.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(10);

    // The receiver checks the signature's timestamp against its own clock, so the fake clock starts at the real time.
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    private readonly InMemoryOutboxStore _store = new();
    private readonly ServiceProvider _http = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private LocalWebhookReceiver _receiver = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _receiver = await LocalWebhookReceiver.StartAsync();

    private OutboxDelivery CreateSut(string? url = null, int maxAttempts = 8, TimeSpan? sendTimeout = null, TimeSpan? claimTimeout = null)
    {
        var webhooks = new WebhookOptions();
        webhooks.Receivers.Add(new WebhookReceiver { Url = url ?? _receiver.Url.ToString(), Secret = LocalWebhookReceiver.Secret });
        var outbox = Options.Create(new OutboxOptions
        {
            MaxAttempts = maxAttempts,
            FirstRetryDelay = FirstRetryDelay,
            SendTimeout = sendTimeout ?? TimeSpan.FromSeconds(10),
            ClaimTimeout = claimTimeout ?? TimeSpan.FromMinutes(10),
        });
        var sender = new WebhookSender(_http.GetRequiredService<IHttpClientFactory>(), Options.Create(webhooks), outbox, _time);
        return new OutboxDelivery(_store, [sender], outbox, _time, NullLogger<OutboxDelivery>.Instance);
    }

    private async Task<OutboxMessage> AddEventAsync(string? url = null, string id = "msg_case1_case_resolved_abcd")
    {
        var row = new OutboxMessage
        {
            Id = id,
            IdempotencyKey = "msg_case1_case_resolved",
            Kind = OutboxKinds.Webhook,
            Destination = url ?? _receiver.Url.ToString(),
            Payload = """{"type":"case.resolved","timestamp":"2025-11-03T09:00:00+00:00","data":{"caseId":"case1"}}""",
            Created = _time.GetUtcNow(),
            NextAttempt = _time.GetUtcNow(),
        };
        await _store.AddAsync([row], null, Ct);
        return row;
    }

    private async Task<OutboxMessage> RowAsync() =>
        (await _store.ListAsync(OutboxState.Pending, Ct)).Concat(await _store.ListAsync(OutboxState.Delivered, Ct)).Concat(await _store.ListAsync(OutboxState.Dead, Ct)).Single();

    [Fact]
    public async Task DeliverDueAsync_ClaimTimeoutFitsTwoSends_AttemptsNoMoreRowsThanFitWithinIt()
    {
        for (var i = 0; i < 5; i++)
            await AddEventAsync(id: $"row-{i}");

        var attempted = await CreateSut(sendTimeout: TimeSpan.FromSeconds(1), claimTimeout: TimeSpan.FromSeconds(3)).DeliverDueAsync(Ct);

        Assert.Equal((2, 2), (attempted, _receiver.Received.Count));
    }

    [Fact]
    public async Task RunAsync_ClaimTimeoutShorterThanTwoSends_ExitsWithOneLineNamingIt()
    {
        var errors = new StringWriter();

        var exitCode = await BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", "--Outbox:SendTimeout=00:00:10", "--Outbox:ClaimTimeout=00:00:15"], errors, Ct);

        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal(1, exitCode);
        Assert.StartsWith("The bot did not start: a setting is not valid.", line, StringComparison.Ordinal);
        Assert.Contains("Outbox:ClaimTimeout must be at least twice Outbox:SendTimeout", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverDueAsync_ReceiverAccepts_PostsOneSignedWebhookAndMarksItDelivered()
    {
        var row = await AddEventAsync();

        await CreateSut().DeliverDueAsync(Ct);

        var received = Assert.Single(_receiver.Received);
        Assert.True(received.Verified, "the signature does not verify with the Standard Webhooks library");
        Assert.Equal((row.IdempotencyKey, row.Payload), (received.Id, received.Body));
        Assert.Equal(OutboxState.Delivered, (await RowAsync()).State);
    }

    [Fact]
    public async Task DeliverDueAsync_ServerError_ResendsLaterWithTheSameWebhookId()
    {
        await AddEventAsync();
        _receiver.Answer(500);
        var sut = CreateSut();

        await sut.DeliverDueAsync(Ct);
        _time.Advance(FirstRetryDelay);
        await sut.DeliverDueAsync(Ct);

        Assert.Equal([500, 200], _receiver.Received.Select(r => r.Status));
        Assert.Single(_receiver.Received.Select(r => r.Id).Distinct());
        Assert.All(_receiver.Received, r => Assert.True(r.Verified));
        Assert.Equal((OutboxState.Delivered, 2), ((await RowAsync()).State, (await RowAsync()).Attempts));
    }

    [Fact]
    public async Task DeliverDueAsync_TooManyRequests_WaitsWithBackoffAndJitter()
    {
        await AddEventAsync();
        _receiver.Answer(429);
        _receiver.Answer(429);
        var sut = CreateSut();

        await sut.DeliverDueAsync(Ct);
        var first = (await RowAsync()).NextAttempt - _time.GetUtcNow();
        _time.Advance(first);
        await sut.DeliverDueAsync(Ct);
        var second = (await RowAsync()).NextAttempt - _time.GetUtcNow();

        Assert.InRange(first, FirstRetryDelay / 2, FirstRetryDelay);
        Assert.InRange(second, FirstRetryDelay, FirstRetryDelay * 2);
        Assert.Equal("HTTP 429", (await RowAsync()).Reason);
    }

    [Fact]
    public async Task DeliverDueAsync_RetryAfterLongerThanTheBackoff_IsHonoured()
    {
        await AddEventAsync();
        _receiver.Answer(503, retryAfter: "120");
        var sut = CreateSut();

        await sut.DeliverDueAsync(Ct);
        _time.Advance(TimeSpan.FromSeconds(119));
        await sut.DeliverDueAsync(Ct);

        Assert.Single(_receiver.Received);
        Assert.Equal(_time.GetUtcNow().AddSeconds(1), (await RowAsync()).NextAttempt);
        _time.Advance(TimeSpan.FromSeconds(1));
        await sut.DeliverDueAsync(Ct);
        Assert.Equal(OutboxState.Delivered, (await RowAsync()).State);
    }

    [Fact]
    public async Task DeliverDueAsync_ClientError_DeadLettersWithTheReasonAndSendsNoMore()
    {
        await AddEventAsync();
        _receiver.Answer(410);
        var sut = CreateSut();

        await sut.DeliverDueAsync(Ct);
        _time.Advance(TimeSpan.FromDays(1));
        await sut.DeliverDueAsync(Ct);

        Assert.Single(_receiver.Received);
        var row = Assert.Single(await _store.ListAsync(OutboxState.Dead, Ct));
        Assert.Equal((1, "HTTP 410"), (row.Attempts, row.Reason));
    }

    [Fact]
    public async Task DeliverDueAsync_RequestTimeoutStatus_IsRetried()
    {
        await AddEventAsync();
        _receiver.Answer(408);

        await CreateSut().DeliverDueAsync(Ct);

        Assert.Equal((OutboxState.Pending, "HTTP 408"), ((await RowAsync()).State, (await RowAsync()).Reason));
    }

    [Fact]
    public async Task DeliverDueAsync_NoAnswerInTime_IsAmbiguousAndResentWithTheSameId()
    {
        await AddEventAsync();
        _receiver.AnswerAfter(TimeSpan.FromSeconds(5));
        var sut = CreateSut(sendTimeout: TimeSpan.FromMilliseconds(300));

        await sut.DeliverDueAsync(Ct);
        Assert.Equal((OutboxState.Pending, "no answer in time"), ((await RowAsync()).State, (await RowAsync()).Reason));
        _time.Advance(FirstRetryDelay);
        await sut.DeliverDueAsync(Ct);

        Assert.Equal(OutboxState.Delivered, (await RowAsync()).State);
        Assert.Single(_receiver.Received.Select(r => r.Id).Distinct());
    }

    [Fact]
    public async Task DeliverDueAsync_ConnectionRefused_IsRetriedUntilTheAttemptsRunOut_ThenKeptDead()
    {
        var closed = $"http://127.0.0.1:{Checks.Probe.RealServers.PeerProcess.FreePort()}/hooks";
        await AddEventAsync(closed);
        var sut = CreateSut(url: closed, maxAttempts: 3);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await sut.DeliverDueAsync(Ct);
            _time.Advance(TimeSpan.FromHours(1));
        }

        var row = Assert.Single(await _store.ListAsync(OutboxState.Dead, Ct));
        Assert.Equal(3, row.Attempts);
        Assert.StartsWith("gave up after 3 attempts: could not connect", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_RowWrittenWhileItRuns_IsDeliveredWithinAPollInterval()
    {
        var options = Options.Create(new OutboxOptions { PollInterval = TimeSpan.FromSeconds(2) });
        using var worker = new OutboxDeliveryService(CreateSut(), options, _time, NullLogger<OutboxDeliveryService>.Instance);
        await worker.StartAsync(Ct);
        await AddEventAsync();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_receiver.Received.IsEmpty && DateTime.UtcNow < deadline)
        {
            _time.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(50, Ct);
        }
        await worker.StopAsync(Ct);

        Assert.Equal("case.resolved", JsonDocument.Parse(Assert.Single(_receiver.Accepted).Body).RootElement.GetProperty("type").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _http.DisposeAsync();
    }
}
