using RdpHelpBot.Dialogs.Learning;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge.Model;
using static RdpHelpBot.Dialogs.Tests.Learning.LearningCases;

namespace RdpHelpBot.Dialogs.Tests.Learning;

public sealed class LearnedPriorsRefresherTests
{
    private static readonly LearningOptions Options = new();

    private readonly InMemoryOutcomeStore _store = new();
    private readonly LatestLearnedPriors _priors = new(LearnedPriorsRefresher.Initial(Shipped, Options));

    private LearnedPriorsRefresher CreateSut() => new(Shipped, _store, _priors, Options);

    [Fact]
    public void PriorFor_BeforeAnyRefresh_IsTheKnowledgeBasePrior()
    {
        Assert.Equal(Cause("dns-stale").PriorFor(HostContext.AzureVm), _priors.PriorFor(Cause("dns-stale"), HostContext.AzureVm));
    }

    [Fact]
    public async Task RefreshAsync_NewOutcomes_AreServedByTheLatestPriors()
    {
        var before = _priors.PriorFor(Cause("dns-stale"), HostContext.AzureVm);
        foreach (var outcome in Resolved(10, "dns-stale", HostContext.AzureVm))
        {
            await _store.SaveAsync(outcome, TestContext.Current.CancellationToken);
        }

        await CreateSut().RefreshAsync(TestContext.Current.CancellationToken);

        Assert.True(_priors.PriorFor(Cause("dns-stale"), HostContext.AzureVm) > before);
    }

    [Fact]
    public async Task RefreshAsync_Outcomes_PublishesTheSnapshotItReturns()
    {
        await _store.SaveAsync(Outcome("a", HostContext.WindowsPc, CaseEnding.Resolved, "dns-stale"), TestContext.Current.CancellationToken);

        var snapshot = await CreateSut().RefreshAsync(TestContext.Current.CancellationToken);

        Assert.Same(snapshot, _priors.Current);
    }
}
