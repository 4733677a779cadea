using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge.Model;
using static RdpHelpBot.Dialogs.Tests.Learning.LearningCases;

namespace RdpHelpBot.Dialogs.Tests.Learning;

public sealed class LearnedPriorSourceTests
{
    private const string Dns = "dns-stale";
    private const string Certificate = "expired-self-signed-cert";

    [Fact]
    public void PriorFor_WeightZero_IsExactlyTheKnowledgeBasePrior()
    {
        var sut = Learned([.. Resolved(50, Dns, HostContext.AzureVm), .. Resolved(20, Certificate, HostContext.WindowsPc)], weight: 0);

        var differing = Shipped.Causes.Values
            .SelectMany(cause => HostContexts.All.Select(context => (cause, context)))
            .Where(pair => sut.PriorFor(pair.cause, pair.context) != pair.cause.PriorFor(pair.context))
            .ToList();
        Assert.Empty(differing);
    }

    [Fact]
    public void PriorFor_NoOutcomes_IsExactlyTheKnowledgeBasePrior()
    {
        var sut = Learned([]);

        Assert.All(HostContexts.All, context =>
            Assert.Equal(Cause(Dns).PriorFor(context), sut.PriorFor(Cause(Dns), context)));
    }

    [Fact]
    public void Probability_ManyResolvedInAzureVm_RisesForAzureVm()
    {
        var sut = Learned(Resolved(30, Dns, HostContext.AzureVm));

        Assert.True(sut.Probability(Cause(Dns), HostContext.AzureVm) > 10 * KnowledgeProbability(Dns, HostContext.AzureVm));
    }

    [Fact]
    public void Probability_ManyResolvedInAzureVm_UnchangedForWindowsPc()
    {
        var sut = Learned(Resolved(30, Dns, HostContext.AzureVm));

        Assert.Equal(KnowledgeProbability(Dns, HostContext.WindowsPc), sut.Probability(Cause(Dns), HostContext.WindowsPc), 12);
    }

    [Fact]
    public void Probability_ResolvedInAzureVm_AlsoLearnedForUnknownHost()
    {
        var sut = Learned(Resolved(30, Dns, HostContext.AzureVm));

        // 30 cases of 30 in the unknown context too: (20 · p_kb + 30) / (20 + 30).
        var expected = (20 * KnowledgeProbability(Dns, HostContext.Unknown) + 30) / 50;
        Assert.Equal(expected, sut.Probability(Cause(Dns), HostContext.Unknown), 12);
    }

    [Fact]
    public void Probability_DefaultStrengthAndWeight_IsTheSmoothedShare()
    {
        var sut = Learned([.. Resolved(10, Certificate, HostContext.AzureVm), .. Resolved(5, Dns, HostContext.AzureVm)]);

        // S = 20, w = 1, n(c, k) = 10, n(k) = 15.
        var expected = (20 * KnowledgeProbability(Certificate, HostContext.AzureVm) + 10) / (20 + 15);
        Assert.Equal(expected, sut.Probability(Cause(Certificate), HostContext.AzureVm), 12);
    }

    [Fact]
    public void Probability_OtherStrengthAndWeight_IsTheSmoothedShare()
    {
        var sut = Learned([.. Resolved(3, Certificate, HostContext.WindowsServer), .. Resolved(1, Dns, HostContext.WindowsServer)],
            strength: 10, weight: 2);

        // S = 10, w = 2, n(c, k) = 1, n(k) = 4.
        var expected = (10 * KnowledgeProbability(Dns, HostContext.WindowsServer) + 2 * 1) / (10 + 2 * 4);
        Assert.Equal(expected, sut.Probability(Cause(Dns), HostContext.WindowsServer), 12);
    }

    [Fact]
    public void Probability_CauseNeverResolvedInLearnedContext_KeepsItsSmoothedShare()
    {
        var sut = Learned(Resolved(20, Certificate, HostContext.AzureVm));

        var expected = 20 * KnowledgeProbability(Dns, HostContext.AzureVm) / (20 + 20);
        Assert.Equal(expected, sut.Probability(Cause(Dns), HostContext.AzureVm), 12);
    }

    [Fact]
    public void Probability_LearnedContext_SumsToOneOverTheCauses()
    {
        var sut = Learned([.. Resolved(7, Certificate, HostContext.WindowsPc), .. Resolved(2, Dns, HostContext.WindowsPc)]);

        Assert.Equal(1, Shipped.Causes.Values.Sum(cause => sut.Probability(cause, HostContext.WindowsPc)), 12);
    }

    [Fact]
    public void PriorFor_CauseNoLongerInTheKnowledge_IsIgnored()
    {
        var sut = Learned(Resolved(40, "retired-cause", HostContext.AzureVm));

        Assert.Equal(Cause(Certificate).PriorFor(HostContext.AzureVm), sut.PriorFor(Cause(Certificate), HostContext.AzureVm));
    }

    [Fact]
    public void Counts_CauseNoLongerInTheKnowledge_NotCountedInTheTotal()
    {
        var sut = Learned([.. Resolved(40, "retired-cause", HostContext.AzureVm), .. Resolved(3, Dns, HostContext.AzureVm)]);

        Assert.Equal(3, sut.Counts.Total(HostContext.AzureVm));
    }

    [Theory]
    [InlineData(CaseEnding.Escalated)]
    [InlineData(CaseEnding.Abandoned)]
    [InlineData(CaseEnding.Cancelled)]
    public void Counts_CaseNotResolved_IsNotLearnedFrom(CaseEnding ending)
    {
        var sut = Learned([Outcome("a", HostContext.AzureVm, ending, Dns)]);

        Assert.Equal(0, sut.Counts.Cases);
    }
}
