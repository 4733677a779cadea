using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Channels;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Cli;
using RdpHelpBot.Bot.Tests.Conversations;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// A bot in local mode with its data in SQLite, whose turns a test can hold as long as a slow host check would, and
/// whose outbox worker looks for due replies often.
/// </summary>
public sealed class AsyncRepliesFixture : IAsyncLifetime
{
    /// <summary>How long one send may take before it counts as possibly arrived.</summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(2);

    private readonly TemporaryFolder _folder = new();

    internal FakeConnector Connector { get; private set; } = null!;
    internal BotUnderTest Bot { get; private set; } = null!;
    internal SlowTurns Slow { get; } = new();

    public string DataFolder => _folder.Path;

    public async ValueTask InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = await BotUnderTest.StartAsync(
        [
            .. LocalModeFixture.Settings(_folder.Path),
            "--Outbox:PollInterval=00:00:00.100",
            "--Outbox:FirstRetryDelay=00:00:00.100",
            $"--Outbox:SendTimeout={SendTimeout}",
        ], services: Slow.Install);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>
/// <c>/api/messages</c> answers at once and the turn's replies follow through the outbox: a slow turn does not keep
/// the channel waiting (Teams sends an activity again after 15 s), a Connector that is down gets them later, and
/// what may have arrived is not sent twice.
/// </summary>
public sealed class AsyncReplyTests(AsyncRepliesFixture fixture) : IClassFixture<AsyncRepliesFixture>
{
    private const string FirstMessage = "I get error 0x904 extended 0x7 when connecting";

    /// <summary>Generous for a busy shared machine, and far below the 15 s after which Teams sends the activity again.</summary>
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(3);

    private FakeConnector Connector => fixture.Connector;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");

    private IOutboxStore Outbox => fixture.Bot.Services.GetRequiredService<IOutboxStore>();

    private async Task<(HttpStatusCode Status, TimeSpan Took)> PostNowAsync(string json)
    {
        var clock = Stopwatch.StartNew();
        using var response = await fixture.Bot.PostNowAsync(json, token: null);
        return (response.StatusCode, clock.Elapsed);
    }

    private async Task<OutboxMessage?> RowAsync(OutboxState state, string conversation) =>
        (await Outbox.ListAsync(state, Ct)).SingleOrDefault(row => row.Destination.Contains(conversation, StringComparison.Ordinal));

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (await probe() is { } found)
                return found;
            Assert.True(DateTime.UtcNow < deadline, $"Not seen in time: {what}");
            await Task.Delay(50, Ct);
        }
    }

    [Fact]
    public async Task Message_ConnectorDown_IsAnsweredAtOnceAndTheRepliesWaitInTheOutboxUntilItIsBack()
    {
        var conversation = NewConversation();
        Connector.Refuse(conversation, 503, """{"error":{"code":"ServiceUnavailable","message":"down"}}""");

        var (status, took) = await PostNowAsync(TestActivities.Message(conversation, Connector.ServiceUrl, FirstMessage).ToJsonString());
        var pending = await EventuallyAsync(async () => await RowAsync(OutboxState.Pending, conversation) is { Reason: not null } row ? row : null,
            "the replies pending in the outbox after a failed attempt");
        var (_, json, _) = CommandLine.Run("outbox", "--json", $"--Storage:DataFolder={fixture.DataFolder}");
        Connector.Allow(conversation);
        var delivered = await EventuallyAsync(() => RowAsync(OutboxState.Delivered, conversation), "the replies delivered once the Connector is back");

        Assert.True(status == HttpStatusCode.OK && took < AtOnce, $"{status} after {took}");
        Assert.Contains("503", pending.Reason, StringComparison.Ordinal);
        Assert.Contains(JsonDocument.Parse(json).RootElement.GetProperty("rows").EnumerateArray(),
            row => row.GetProperty("id").GetString() == pending.Id && row.GetProperty("destination").GetString() == $"msteams at {Connector.Address.GetLeftPart(UriPartial.Authority)}");
        Assert.True(delivered.Attempts >= 2, $"{delivered.Attempts} attempt(s)");
        Assert.NotEmpty(Connector.CallsTo(conversation));
    }

    [Fact]
    public async Task IdleCase_ItsGoodbyeReachesTheTeamsConversationThroughItsStoredConnector()
    {
        var conversation = NewConversation();
        await fixture.Bot.PostAsync(TestActivities.Message(conversation, Connector.ServiceUrl, FirstMessage).ToJsonString(), token: null);
        var before = Connector.CallsTo(conversation).Count;

        await IdleGoodbyeTests.SweeperAnHourAhead(fixture.Bot.Services).SweepAsync(Ct);

        var goodbye = Assert.Single(Connector.CallsTo(conversation).Skip(before));
        Assert.Contains("closed this case", goodbye.Body!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Null(goodbye.ReplyToId);
    }

    [Fact]
    public async Task SlowTurn_IsAcknowledgedAtOnceAndItsRepliesArriveAfterwards()
    {
        var conversation = NewConversation();
        fixture.Slow.Hold(conversation);

        var (status, took) = await PostNowAsync(TestActivities.Message(conversation, Connector.ServiceUrl, FirstMessage).ToJsonString());
        var sentWhileRunning = Connector.CallsTo(conversation).Count;
        fixture.Slow.Release(conversation);
        await fixture.Bot.IdleAsync();

        Assert.True(status == HttpStatusCode.OK && took < AtOnce, $"{status} after {took}");
        Assert.Equal(0, sentWhileRunning);
        Assert.NotEmpty(Connector.CallsTo(conversation));
    }

    [Fact]
    public async Task SlowTurn_RedeliveredByTeamsWithTheSameId_RunsNoSecondTurn()
    {
        var conversation = NewConversation();
        var message = TestActivities.Message(conversation, Connector.ServiceUrl, FirstMessage).ToJsonString();
        fixture.Slow.Hold(conversation);

        var first = await PostNowAsync(message);
        var again = await PostNowAsync(message);
        fixture.Slow.Release(conversation);
        await fixture.Bot.IdleAsync();

        Assert.True(first.Took < AtOnce && again.Took < AtOnce, $"{first.Took}, {again.Took}");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.Status, again.Status));
        Assert.Single(await fixture.Bot.TranscriptAsync("msteams", conversation), line => line.Speaker == TranscriptSpeaker.User);
        Assert.Single(Connector.CallsTo(conversation).Select(call => call.ReplyToId).Distinct());
    }

    [Fact]
    public async Task SlowTurn_ShowsTheUserTheBotIsTyping()
    {
        var conversation = NewConversation();
        fixture.Slow.Hold(conversation);

        await PostNowAsync(TestActivities.Message(conversation, Connector.ServiceUrl, FirstMessage).ToJsonString());
        var typing = await EventuallyAsync(() => Task.FromResult(Connector.Typing.FirstOrDefault(call => call.Path.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal))),
            "a typing activity while the turn runs", TimeSpan.FromSeconds(10));
        fixture.Slow.Release(conversation);
        await fixture.Bot.IdleAsync();

        Assert.Equal(TestActivities.BotId, typing.Body!.Value.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task FirstMessage_TheExplanationAndTheQuestionCardGoAsOneActivity()
    {
        var conversation = NewConversation();

        using (await fixture.Bot.PostAsync(TestActivities.Message(conversation, Connector.ServiceUrl, FirstMessage).ToJsonString(), token: null))
        {
        }

        var call = Assert.Single(Connector.CallsTo(conversation));
        var body = call.Body!.Value;
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("text").GetString()));
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("attachments")[0].GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Send_TimedOut_IsNotSentAgainAndTheOutboxSaysItMayHaveArrived()
    {
        var conversation = NewConversation();
        Connector.Hang(conversation);

        await PostNowAsync(TestActivities.Message(conversation, Connector.ServiceUrl, "hello").ToJsonString());
        var dead = await EventuallyAsync(() => RowAsync(OutboxState.Dead, conversation), "the timed-out replies given up on");
        // Several polls of the worker: nothing is sent again.
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);

        Assert.Contains("may have arrived", dead.Reason, StringComparison.Ordinal);
        Assert.Single(Connector.Hung, call => call.Path.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal));
        Connector.Allow(conversation);
    }

    [Fact]
    public async Task Send_AnsweredWith500_IsNotSentAgainAndTheOutboxSaysItMayHaveArrived()
    {
        var conversation = NewConversation();
        Connector.Refuse(conversation, 500, """{"error":{"code":"InternalServerError","message":"oops"}}""");

        await PostNowAsync(TestActivities.Message(conversation, Connector.ServiceUrl, "hello").ToJsonString());
        var dead = await EventuallyAsync(() => RowAsync(OutboxState.Dead, conversation), "the replies given up on after a 500");
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);

        Assert.Contains("may have arrived", dead.Reason, StringComparison.Ordinal);
        Assert.Single(Connector.Refused, call => call.Path.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProactiveMessage_ToAUserWithoutAConversation_OpensAOneToOneChatInTheirTenantAndSends()
    {
        var conversation = NewConversation();
        var user = "29:" + Guid.NewGuid().ToString("N");
        var message = TestActivities.Message(conversation, Connector.ServiceUrl, "hello");
        message["from"]!["id"] = user;
        using (await fixture.Bot.PostAsync(message.ToJsonString(), token: null))
        {
        }
        var before = Connector.Calls.Count;

        await fixture.Bot.Services.GetRequiredService<IProactiveMessenger>().QueueAsync(
            [new OutgoingMessage("proactive-" + user, new ConversationAddress("msteams") { UserId = user }, [new Reply("Your host rdp01 is reachable again.")])], Ct);
        var sent = await EventuallyAsync(() => Task.FromResult(Connector.Calls.Skip(before)
            .FirstOrDefault(call => call.Body?.TryGetProperty("text", out var text) == true && text.GetString() == "Your host rdp01 is reachable again.")), "the proactive message");

        var opened = Assert.Single(Connector.Calls.Skip(before), call => call.Path == "/amer/v3/conversations");
        var parameters = opened.Body!.Value;
        Assert.Equal((false, "tenant-1", user, TestActivities.BotId),
            (parameters.GetProperty("isGroup").GetBoolean(), parameters.GetProperty("tenantId").GetString(),
             parameters.GetProperty("members")[0].GetProperty("id").GetString(), parameters.GetProperty("bot").GetProperty("id").GetString()));
        Assert.Equal($"/amer/v3/conversations/{opened.Id}/activities", sent.Path);
    }

    [Fact]
    public async Task ProactiveMessage_ToAStoredConversationWithoutItsServiceUrl_GoesToTheStoredConnector()
    {
        var conversation = NewConversation();
        using (await fixture.Bot.PostAsync(TestActivities.Message(conversation, Connector.ServiceUrl, "hello").ToJsonString(), token: null))
        {
        }

        await fixture.Bot.Services.GetRequiredService<IProactiveMessenger>().QueueAsync(
            [new OutgoingMessage("proactive-" + conversation, ConversationAddress.Conversation("msteams", conversation), [new Reply("rdp01 answers again.")])], Ct);
        var sent = await EventuallyAsync(() => Task.FromResult(Connector.CallsTo(conversation)
            .FirstOrDefault(call => call.Body?.TryGetProperty("text", out var text) == true && text.GetString() == "rdp01 answers again.")), "the proactive message");

        Assert.Equal(($"/amer/v3/conversations/{Uri.EscapeDataString(conversation)}/activities", null, TestActivities.UserId),
            (sent.Path, sent.ReplyToId, sent.Body!.Value.GetProperty("recipient").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Message_BeyondTheConversationsQueue_Is429WithRetryAfterAndItsResendIsTaken()
    {
        var conversation = NewConversation();
        fixture.Slow.Hold(conversation);
        for (var i = 0; i < ConversationQueue.MaxPerConversation; i++)
            await PostNowAsync(TestActivities.Message(conversation, Connector.ServiceUrl, "hello").ToJsonString());
        var refused = TestActivities.Message(conversation, Connector.ServiceUrl, "it is a Windows PC").ToJsonString();

        using var response = await fixture.Bot.PostNowAsync(refused, token: null);
        fixture.Slow.Release(conversation);
        await fixture.Bot.IdleAsync();
        using var resent = await fixture.Bot.PostAsync(refused, token: null);

        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(2), HttpStatusCode.OK),
            (response.StatusCode, response.Headers.RetryAfter?.Delta, resent.StatusCode));
        Assert.Contains(await fixture.Bot.TranscriptAsync("msteams", conversation), line => line.Text == "it is a Windows PC");
    }

    [Fact]
    public void RenderAll_TextThenCard_IsOneActivityAndACardThenText_StaysTwo()
    {
        var text = new Reply("The certificate expired 3 days ago.");
        var card = new Reply("", Card: new Card([new Paragraph("Renew it on the host.")]));

        var together = MessageSplitter.RenderAll([text, card], ActivityRenderingOptions.Teams);
        var apart = MessageSplitter.RenderAll([card, text], ActivityRenderingOptions.Teams);

        var one = Assert.Single(together);
        Assert.Equal(("The certificate expired 3 days ago.", 1), (one.Text, one.Attachments!.Count));
        Assert.Equal(2, apart.Count);
    }
}
