using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Tests.Outcomes;

/// <summary>What every outcome store must do; each engine's tests derive from this.</summary>
public abstract class OutcomeStoreContract
{
    protected abstract IOutcomeStore CreateSut();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static CaseOutcome Outcome(string id, DateTimeOffset started) => new()
    {
        CaseId = id,
        ConversationId = "conv-" + id,
        Channel = "test",
        Context = HostContext.AzureVm,
        Facts = ["host-azure-vm", "worked-before"],
        QuestionsAsked = ["history"],
        Fixes = [new FixAttempt("restart-vm", FixResult.DidNotWork), new FixAttempt("renew-rdp-certificate", FixResult.Worked)],
        Ending = CaseEnding.Resolved,
        ResolvedBy = "renew-rdp-certificate",
        ResolvedCause = "expired-self-signed-cert",
        Turns = 7,
        TurnsToFix = 6,
        Started = started,
        Ended = started.AddMinutes(9),
    };

    [Fact]
    public async Task ListAsync_AfterSave_ReturnsEveryFieldAsSaved()
    {
        var store = CreateSut();
        var outcome = Outcome("a", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

        await store.SaveAsync(outcome, Ct);

        var saved = Assert.Single(await store.ListAsync(Ct));
        Assert.Equivalent(outcome, saved, strict: true);
    }

    [Fact]
    public async Task SaveAsync_SameCaseTwice_KeepsTheLatest()
    {
        var store = CreateSut();
        var started = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        await store.SaveAsync(Outcome("a", started) with { Ending = CaseEnding.Abandoned }, Ct);

        await store.SaveAsync(Outcome("a", started), Ct);

        Assert.Equal(CaseEnding.Resolved, Assert.Single(await store.ListAsync(Ct)).Ending);
    }

    [Fact]
    public async Task ListAsync_SeveralCases_InTheOrderTheyStarted()
    {
        var store = CreateSut();
        var day = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        await store.SaveAsync(Outcome("late", day.AddHours(2)), Ct);
        await store.SaveAsync(Outcome("early", day), Ct);

        Assert.Equal(["early", "late"], (await store.ListAsync(Ct)).Select(o => o.CaseId));
    }
}
