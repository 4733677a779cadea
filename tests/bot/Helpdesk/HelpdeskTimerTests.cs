using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Helpdesk;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Tests.Channels.DirectLine;
using RdpHelpBot.Bot.Tests.Outbox.Tickets;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Helpdesk;

/// <summary>
/// The helpdesk's timers against the bot's own stores and Direct Line conversations (one the user's, one standing for
/// the helpdesk's thread), with the clock in the test's hands.
/// </summary>
public sealed class HelpdeskTimerTests
{
    /// <summary>A Monday, 10:00 in Berlin.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitingCase_RepingsItsThreadOncePerInterval()
    {
        await using var bot = await TimerBot.StartAsync();
        var kept = await bot.EscalateAsync(Monday);

        await bot.RunAtAsync(Monday.AddMinutes(4));
        await bot.RunAtAsync(Monday.AddMinutes(5));
        await bot.RunAtAsync(Monday.AddMinutes(5).AddSeconds(30));
        await bot.RunAtAsync(Monday.AddMinutes(9));
        Assert.Equal([$"Still waiting for someone: {kept.Packet.Summary}"], await bot.ThreadTextsAsync());
        Assert.Equal(Monday.AddMinutes(5), (await bot.CaseAsync()).LastPinged);

        await bot.RunAtAsync(Monday.AddMinutes(10));
        Assert.Equal(2, (await bot.ThreadTextsAsync()).Count);
        Assert.Empty(await bot.UserTextsAsync());
    }

    [Fact]
    public async Task WaitingCase_AfterTicketAfter_OpensATicketAndTheUserGetsItsNumber()
    {
        await using var serviceNow = await FakeServiceNow.StartAsync();
        await using var bot = await TimerBot.StartAsync(
            $"--Escalation:ServiceNow:BaseUrl={serviceNow.BaseUrl}", $"--Escalation:ServiceNow:UserName={FakeServiceNow.UserName}",
            $"--Escalation:ServiceNow:Password={FakeServiceNow.Password}");
        await bot.EscalateAsync(Monday);

        await bot.RunAtAsync(Monday.AddMinutes(14));
        Assert.Empty(serviceNow.Incidents);
        Assert.Equal(CaseState.Waiting, (await bot.CaseAsync()).State);

        await bot.RunAtAsync(Monday.AddMinutes(15));
        await bot.RunAtAsync(Monday.AddMinutes(16));
        await bot.Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(Ct);
        await bot.Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(Ct);

        var incident = Assert.Single(serviceNow.Incidents);
        var number = incident["number"]!.GetValue<string>();
        Assert.Equal(
            [
                "Nobody at the helpdesk has been free to take your case yet, so it goes to ServiceNow as a ticket with everything we found; I'll send you its number here.",
                $"Your ticket is {number} — the helpdesk has everything we found.",
            ],
            await bot.UserTextsAsync());
        Assert.Contains("Nobody claimed this case within 15 minutes, so it went to ServiceNow as a ticket.", await bot.ThreadTextsAsync());
        Assert.Equal(CaseState.Closed, (await bot.CaseAsync()).State);
    }

    [Fact]
    public async Task WaitingCase_HandedOverOutsideBusinessHours_BecomesATicketAtOnce()
    {
        await using var bot = await TimerBot.StartAsync(
            "--Escalation:ServiceNow:BaseUrl=http://127.0.0.1:9", "--Escalation:ServiceNow:UserName=svc", "--Escalation:ServiceNow:Password=pw",
            "--Escalation:BusinessHours:TimeZone=Europe/Berlin");
        var saturday = new DateTimeOffset(2026, 3, 7, 11, 0, 0, TimeSpan.Zero);
        var kept = await bot.EscalateAsync(saturday);

        await bot.RunAtAsync(saturday.AddSeconds(30));

        Assert.Equal(
            ["The helpdesk is closed right now, so your case goes to ServiceNow as a ticket with everything we found; I'll send you its number here."],
            await bot.UserTextsAsync());
        Assert.Equal(CaseState.Closed, (await bot.CaseAsync()).State);
        var row = Assert.Single(await bot.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Pending, Ct), r => r.IdempotencyKey == kept.CaseId);
        Assert.Equal(kept.CaseId, row.IdempotencyKey);
    }

    [Fact]
    public async Task WaitingCase_HandedOverInBusinessHours_IsNotTicketedAtOnce()
    {
        await using var bot = await TimerBot.StartAsync(
            "--Escalation:ServiceNow:BaseUrl=http://127.0.0.1:9", "--Escalation:ServiceNow:UserName=svc", "--Escalation:ServiceNow:Password=pw",
            "--Escalation:BusinessHours:TimeZone=Europe/Berlin");
        await bot.EscalateAsync(Monday);

        await bot.RunAtAsync(Monday.AddSeconds(30));

        Assert.Empty(await bot.UserTextsAsync());
        Assert.Equal(CaseState.Waiting, (await bot.CaseAsync()).State);
    }

    [Fact]
    public async Task ClaimedCase_IdleNudgesBothSidesThenClosesAfterAsLongAgain()
    {
        await using var bot = await TimerBot.StartAsync();
        await bot.EscalateAsync(Monday, claimedBy: new HelpdeskAgent("aad-1", "Dana"));

        await bot.RunAtAsync(Monday.AddMinutes(29));
        Assert.Empty(await bot.UserTextsAsync());

        await bot.RunAtAsync(Monday.AddMinutes(30));
        await bot.RunAtAsync(Monday.AddMinutes(45));
        Assert.Equal(["Are you still there? Your chat with Dana has been quiet for 30 minutes; it closes in 30 minutes unless someone writes."], await bot.UserTextsAsync());
        Assert.Equal(["No message for 30 minutes: this chat closes in 30 minutes unless someone writes."], await bot.ThreadTextsAsync());
        Assert.Equal(CaseState.Claimed, (await bot.CaseAsync()).State);

        await bot.RunAtAsync(Monday.AddMinutes(60));
        Assert.Equal(
            "Your chat with Dana has been quiet for 1 hour, so I've closed it and you're back with me. Tell me the error you see whenever you need help again.",
            (await bot.UserTextsAsync())[^1]);
        Assert.Equal("Closed after 1 hour without a message; the user is back with the bot.", (await bot.ThreadTextsAsync())[^1]);
        var closed = await bot.CaseAsync();
        Assert.Equal((CaseState.Closed, Monday.AddMinutes(60)), (closed.State, closed.Ended));
        Assert.Null(await bot.Cases.FindLiveAsync(closed.UserConversation, Ct));
    }

    [Fact]
    public async Task ClaimedCase_WrittenToAfterTheNudge_IsNotClosed()
    {
        await using var bot = await TimerBot.StartAsync();
        await bot.EscalateAsync(Monday, claimedBy: new HelpdeskAgent("aad-1", "Dana"));
        await bot.RunAtAsync(Monday.AddMinutes(30));
        var nudged = await bot.CaseAsync();
        await bot.Cases.SaveAsync(nudged with { LastActivity = Monday.AddMinutes(40) }, nudged.Version, null, Ct);

        await bot.RunAtAsync(Monday.AddMinutes(60));

        Assert.Equal(CaseState.Claimed, (await bot.CaseAsync()).State);
        Assert.Single(await bot.UserTextsAsync());
    }

    [Fact]
    public async Task WaitingCase_ClaimedBetweenReadAndSave_IsLeftAlone()
    {
        await using var bot = await TimerBot.StartAsync();
        await bot.EscalateAsync(Monday);
        var claimingStore = new ClaimingAfterRead(bot.Cases, new HelpdeskAgent("aad-2", "Lee"));

        var changed = await bot.TimersAt(Monday.AddMinutes(5), claimingStore).RunOnceAsync(Ct);

        Assert.Equal(0, changed);
        Assert.Empty(await bot.ThreadTextsAsync());
        var kept = await bot.CaseAsync();
        Assert.Equal((CaseState.Claimed, "Lee", (DateTimeOffset?)null), (kept.State, kept.Agent?.Name, kept.LastPinged));
    }

    [Fact]
    public void Interval_IsAQuarterOfTheShortestWait()
    {
        Assert.Equal(TimeSpan.FromSeconds(75), HelpdeskTimerService.IntervalFor(new HelpdeskOptions()));
        Assert.Equal(TimeSpan.FromMinutes(1), HelpdeskTimerService.IntervalFor(new HelpdeskOptions { RelayIdleAfter = TimeSpan.FromMinutes(4) }));
    }

    /// <summary>A case store where an agent claims every case the moment the timers have read it.</summary>
    private sealed class ClaimingAfterRead(ICaseStore inner, HelpdeskAgent agent) : ICaseStore
    {
        public async Task<IReadOnlyList<HelpdeskCase>> ListAsync(bool liveOnly, int limit, CancellationToken cancellationToken)
        {
            var read = await inner.ListAsync(liveOnly, limit, cancellationToken);
            foreach (var kept in read)
                await inner.SaveAsync(kept with { State = CaseState.Claimed, Agent = agent }, kept.Version, null, cancellationToken);
            return read;
        }

        public Task<HelpdeskCase> SaveAsync(HelpdeskCase helpdeskCase, long? expectedVersion, IStateTransaction? transaction, CancellationToken cancellationToken) =>
            inner.SaveAsync(helpdeskCase, expectedVersion, transaction, cancellationToken);

        public Task<HelpdeskCase?> FindAsync(string caseId, CancellationToken cancellationToken) => inner.FindAsync(caseId, cancellationToken);

        public Task<HelpdeskCase?> FindLiveAsync(ConversationKey conversation, CancellationToken cancellationToken) =>
            inner.FindLiveAsync(conversation, cancellationToken);
    }

    /// <summary>The bot with a user's Direct Line conversation and one standing for the helpdesk thread of its case.</summary>
    private sealed class TimerBot : IAsyncDisposable
    {
        private const string CaseId = "case-timers-1";
        private readonly DirectLineServer _server;
        private StartedConversation _user = null!;
        private StartedConversation _thread = null!;

        private TimerBot(DirectLineServer server) => _server = server;

        public IServiceProvider Services => _server.Services;

        public ICaseStore Cases => Services.GetRequiredService<ICaseStore>();

        public static async Task<TimerBot> StartAsync(params string[] settings)
        {
            var bot = new TimerBot(await DirectLineServer.StartAsync(settings));
            bot._user = await bot._server.StartConversationAsync();
            bot._thread = await bot._server.StartConversationAsync();
            return bot;
        }

        public Task<HelpdeskCase> EscalateAsync(DateTimeOffset at, HelpdeskAgent? claimedBy = null) => Cases.SaveAsync(new HelpdeskCase
        {
            CaseId = CaseId,
            UserConversation = new ConversationKey("directline", _user.Id),
            UserAddress = ConversationAddress.Conversation("directline", _user.Id),
            UserId = "user-1",
            Reason = EscalationReason.UserAsked,
            Packet = TicketTestCases.Packet(CaseId) with { ConversationId = _user.Id, User = new PacketUser("directline", "user-1") },
            State = claimedBy is null ? CaseState.Waiting : CaseState.Claimed,
            Agent = claimedBy,
            Claimed = claimedBy is null ? null : at,
            Threads = [new HelpdeskThread(new ConversationKey("directline", _thread.Id), ConversationAddress.Conversation("directline", _thread.Id), "card-1")],
            Escalated = at,
            LastActivity = at,
        }, null, null, Ct);

        public HelpdeskTimers TimersAt(DateTimeOffset now, ICaseStore? cases = null) => new(
            cases ?? Cases,
            new CaseChanges(cases ?? Cases, Services.GetRequiredService<IStateStore>(), Services.GetRequiredService<IProactiveMessenger>()),
            Services.GetRequiredService<IOptions<HelpdeskOptions>>(),
            new FakeTimeProvider(now),
            NullLogger<HelpdeskTimers>.Instance,
            Services.GetRequiredService<ITicketOutbox>());

        public Task<int> RunAtAsync(DateTimeOffset now) => TimersAt(now).RunOnceAsync(Ct);

        public async Task<HelpdeskCase> CaseAsync() => (await Cases.FindAsync(CaseId, Ct))!;

        public Task<IReadOnlyList<string>> UserTextsAsync() => BotTextsAsync(_user);

        public Task<IReadOnlyList<string>> ThreadTextsAsync() => BotTextsAsync(_thread);

        private async Task<IReadOnlyList<string>> BotTextsAsync(StartedConversation conversation) =>
        [
            .. (await _server.GetActivitiesAsync(conversation)).GetProperty("activities").EnumerateArray()
                .Where(activity => activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("id").GetString() != "user-1")
                .Select(activity => activity.GetProperty("text").GetString()!)
                .Where(text => !text.StartsWith("Hi!", StringComparison.Ordinal)),
        ];

        public ValueTask DisposeAsync() => _server.DisposeAsync();
    }
}
