using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Tests.Helpdesk;

/// <summary>What every case store must do; each engine's tests derive from this.</summary>
public abstract class CaseStoreContract
{
    protected abstract ICaseStore CreateSut();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    internal static HelpdeskCase Case(string id, DateTimeOffset escalated) => new()
    {
        CaseId = id,
        UserConversation = new ConversationKey("test", $"conv-{id}"),
        UserAddress = ConversationAddress.Conversation("test", $"conv-{id}") with { ServiceUrl = "https://connector.example/" },
        UserId = $"user-{id}",
        UserName = "Dana Ruiz",
        Reason = EscalationReason.FixesExhausted,
        Packet = new CasePacket
        {
            CaseId = id,
            Summary = "0x904/0x7 to fs01 (Windows Server), 2 fixes failed",
            User = new PacketUser("test", $"user-{id}", "Dana Ruiz"),
            Times = new PacketTimes(escalated.AddMinutes(-9), escalated),
            Causes = [new LikelyCause("The RDP certificate expired", 0.43, "the error started after a year")],
            Fixes = [new TriedFix("Renew the RDP certificate", "did not work")],
        },
        Escalated = escalated,
        LastActivity = escalated,
        LastPinged = escalated,
    };

    internal static HelpdeskThread Thread(string id) =>
        new(new ConversationKey("msteams", $"19:desk@thread.tacv2;messageid={id}"),
            ConversationAddress.Conversation("msteams", $"19:desk@thread.tacv2;messageid={id}"), id);

    [Fact]
    public async Task SaveAsync_ANewCase_KeepsEveryFieldAtVersionOne()
    {
        var store = CreateSut();
        var added = Case("a", Noon) with { Threads = [Thread("1700")], Agent = new HelpdeskAgent("T1:U1", "Alex"), State = CaseState.Claimed, Claimed = Noon.AddMinutes(2) };

        var saved = await store.SaveAsync(added, expectedVersion: null, transaction: null, Ct);

        Assert.Equal(1, saved.Version);
        Assert.Equivalent(added with { Version = 1 }, await store.FindAsync("a", Ct), strict: true);
    }

    [Fact]
    public async Task SaveAsync_ANewCaseWhoseIdIsKept_LeavesTheKeptCase()
    {
        var store = CreateSut();
        await store.SaveAsync(Case("a", Noon), null, null, Ct);

        var again = await store.SaveAsync(Case("a", Noon) with { UserName = "Someone Else" }, null, null, Ct);

        Assert.Equal("Dana Ruiz", again.UserName);
        Assert.Equal("Dana Ruiz", (await store.FindAsync("a", Ct))!.UserName);
    }

    [Fact]
    public async Task SaveAsync_OnTheVersionRead_KeepsTheChangeAtTheNextVersion()
    {
        var store = CreateSut();
        var read = await store.SaveAsync(Case("a", Noon), null, null, Ct);

        var claimed = await store.SaveAsync(read with { State = CaseState.Claimed, Agent = new HelpdeskAgent("T1:U1", "Alex") }, read.Version, null, Ct);

        Assert.Equal(2, claimed.Version);
        var kept = await store.FindAsync("a", Ct);
        Assert.Equal((CaseState.Claimed, "Alex", 2L), (kept!.State, kept.Agent?.Name, kept.Version));
    }

    [Fact]
    public async Task SaveAsync_OnAVersionSavedOverSince_ConflictsAndKeepsTheFirstSave()
    {
        var store = CreateSut();
        var read = await store.SaveAsync(Case("a", Noon), null, null, Ct);
        await store.SaveAsync(read with { State = CaseState.Claimed, Agent = new HelpdeskAgent("T1:U1", "Alex") }, read.Version, null, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() =>
            store.SaveAsync(read with { State = CaseState.Claimed, Agent = new HelpdeskAgent("T1:U2", "Sam") }, read.Version, null, Ct));

        Assert.Equal("Alex", (await store.FindAsync("a", Ct))!.Agent?.Name);
    }

    [Fact]
    public async Task SaveAsync_TwoSavesOnOneVersionAtOnce_ExactlyOneWins()
    {
        var store = CreateSut();
        var read = await store.SaveAsync(Case("a", Noon), null, null, Ct);

        var attempts = await Task.WhenAll(new[] { "Alex", "Sam" }.Select(name => Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync(read with { State = CaseState.Claimed, Agent = new HelpdeskAgent(name, name) }, read.Version, null, Ct);
                return name;
            }
            catch (StateConflictException)
            {
                return null;
            }
        }, Ct)));

        var winner = Assert.Single(attempts.OfType<string>());
        Assert.Equal(winner, (await store.FindAsync("a", Ct))!.Agent?.Name);
    }

    [Fact]
    public async Task SaveAsync_OnAVersionOfACaseNeverKept_Conflicts()
    {
        var store = CreateSut();

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(Case("a", Noon), 1, null, Ct));

        Assert.Null(await store.FindAsync("a", Ct));
    }

    [Fact]
    public async Task FindLiveAsync_ByTheUsersConversationOrAThread_FindsTheCase()
    {
        var store = CreateSut();
        await store.SaveAsync(Case("a", Noon) with { Threads = [Thread("1700"), Thread("1800")] }, null, null, Ct);
        await store.SaveAsync(Case("b", Noon.AddMinutes(1)), null, null, Ct);

        Assert.Equal("a", (await store.FindLiveAsync(new ConversationKey("test", "conv-a"), Ct))?.CaseId);
        Assert.Equal("a", (await store.FindLiveAsync(Thread("1800").Thread, Ct))?.CaseId);
        Assert.Equal("b", (await store.FindLiveAsync(new ConversationKey("test", "conv-b"), Ct))?.CaseId);
        Assert.Null(await store.FindLiveAsync(new ConversationKey("test", "conv-c"), Ct));
        Assert.Null(await store.FindLiveAsync(new ConversationKey("other", "conv-a"), Ct));
    }

    [Fact]
    public async Task FindLiveAsync_AThreadAddedLater_FindsTheCaseByIt()
    {
        var store = CreateSut();
        var read = await store.SaveAsync(Case("a", Noon), null, null, Ct);

        await store.SaveAsync(read with { Threads = [Thread("1700")] }, read.Version, null, Ct);

        Assert.Equal(2, (await store.FindLiveAsync(Thread("1700").Thread, Ct))?.Version);
    }

    [Theory]
    [InlineData(CaseState.Resolved)]
    [InlineData(CaseState.ReturnedToBot)]
    [InlineData(CaseState.Closed)]
    public async Task FindLiveAsync_ACaseThatEnded_FindsNothing(CaseState ended)
    {
        var store = CreateSut();
        var read = await store.SaveAsync(Case("a", Noon) with { Threads = [Thread("1700")] }, null, null, Ct);

        await store.SaveAsync(read with { State = ended, Ended = Noon.AddMinutes(30) }, read.Version, null, Ct);

        Assert.Null(await store.FindLiveAsync(new ConversationKey("test", "conv-a"), Ct));
        Assert.Null(await store.FindLiveAsync(Thread("1700").Thread, Ct));
        Assert.Equal(ended, (await store.FindAsync("a", Ct))?.State);
    }

    [Fact]
    public async Task FindLiveAsync_ANewerCaseInTheSameConversation_FindsTheNewer()
    {
        var store = CreateSut();
        await store.SaveAsync(Case("old", Noon) with { UserConversation = new ConversationKey("test", "shared") }, null, null, Ct);
        await store.SaveAsync(Case("new", Noon.AddHours(1)) with { UserConversation = new ConversationKey("test", "shared") }, null, null, Ct);

        Assert.Equal("new", (await store.FindLiveAsync(new ConversationKey("test", "shared"), Ct))?.CaseId);
    }

    [Fact]
    public async Task ListAsync_NewestFirst_LiveOnlyWhenAsked_AtMostTheLimit()
    {
        var store = CreateSut();
        var first = await store.SaveAsync(Case("a", Noon), null, null, Ct);
        await store.SaveAsync(Case("b", Noon.AddMinutes(1)), null, null, Ct);
        await store.SaveAsync(Case("c", Noon.AddMinutes(2)), null, null, Ct);
        await store.SaveAsync(first with { State = CaseState.Resolved }, first.Version, null, Ct);

        Assert.Equal(["c", "b", "a"], (await store.ListAsync(liveOnly: false, limit: 10, Ct)).Select(kept => kept.CaseId));
        Assert.Equal(["c", "b"], (await store.ListAsync(liveOnly: true, limit: 10, Ct)).Select(kept => kept.CaseId));
        Assert.Equal(["c"], (await store.ListAsync(liveOnly: false, limit: 1, Ct)).Select(kept => kept.CaseId));
    }
}
