using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

public sealed class CauseRankingTests
{
    [Fact]
    public void Diagnose_NoEvidence_RanksByUnknownContextPriors()
    {
        var diagnosis = Cases.CreateSut().Diagnose(CaseEvidence.Empty);

        // Priors for "unknown": expired-cert 0.25, then three causes at 0.20 (ordered by id), vpn-mtu 0.15.
        Assert.Equal(["expired-cert", "machinekeys-permissions", "stuck-session", "update-security-layer", "vpn-mtu"],
            diagnosis.Causes.Select(ranked => ranked.Cause.Id));
    }

    [Fact]
    public void Diagnose_AzureVm_CertificateCauseLeads()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("host-azure-vm"));

        Assert.Equal("expired-cert", diagnosis.TopCause());
    }

    [Fact]
    public void Diagnose_WindowsPc_StuckSessionLeads()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("host-windows-pc"));

        Assert.Equal("stuck-session", diagnosis.TopCause());
    }

    [Fact]
    public void Diagnose_ContextFact_ReportsTheContext()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("host-azure-vm"));

        Assert.Equal(HostContext.AzureVm, diagnosis.Context);
    }

    [Fact]
    public void Diagnose_FactWithRatioAboveOne_RaisesItsCause()
    {
        var sut = Cases.CreateSut();

        var before = sut.Diagnose(CaseEvidence.Empty).ProbabilityOf("vpn-mtu");
        var after = sut.Diagnose(Cases.With("over-vpn")).ProbabilityOf("vpn-mtu");

        Assert.True(after > before, $"{after} should exceed {before}");
    }

    [Fact]
    public void Diagnose_FactWithRatioBelowOne_LowersItsCause()
    {
        var sut = Cases.CreateSut();

        var before = sut.Diagnose(CaseEvidence.Empty).ProbabilityOf("vpn-mtu");
        var after = sut.Diagnose(Cases.With("no-vpn")).ProbabilityOf("vpn-mtu");

        Assert.True(after < before, $"{after} should be below {before}");
    }

    [Fact]
    public void Diagnose_TwoFacts_PosteriorIsPriorTimesRatiosNormalised()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("host-azure-vm", "worked-before"));

        // Azure priors × worked-before ratios: 0.40×2.5, 0.15, 0.10, 0.15, 0.20×1.5 → 1.0 / 1.7.
        Assert.Equal(1.0 / 1.7, diagnosis.ProbabilityOf("expired-cert"), 12);
    }

    [Fact]
    public void Diagnose_StoredEvidenceWithBothOpposites_LaterFactWins()
    {
        var sut = Cases.CreateSut();
        var stored = new CaseEvidence(["worked-before", "never-worked"], [], [], []);

        var diagnosis = sut.Diagnose(stored);

        Assert.Equal(sut.Diagnose(Cases.With("never-worked")).ProbabilityOf("expired-cert"), diagnosis.ProbabilityOf("expired-cert"), 12);
    }

    [Fact]
    public void Diagnose_FactTheKnowledgeNoLongerHas_IsIgnored()
    {
        var sut = Cases.CreateSut();
        var stored = new CaseEvidence(["removed-fact", "over-vpn"], [], ["removed-fix"], []);

        var diagnosis = sut.Diagnose(stored);

        Assert.Equal(sut.Diagnose(Cases.With("over-vpn")).ProbabilityOf("vpn-mtu"), diagnosis.ProbabilityOf("vpn-mtu"), 12);
    }

    [Fact]
    public void Diagnose_AnyEvidence_ProbabilitiesSumToOne()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("host-windows-pc", "only-my-account", "over-vpn"));

        Assert.Equal(1.0, diagnosis.Causes.Sum(ranked => ranked.Probability), 12);
    }

    [Fact]
    public void Diagnose_LearnedPriors_ReplaceTheKnowledgePriors()
    {
        var learned = new TablePriorSource(new Dictionary<string, double> { ["vpn-mtu"] = 0.9 }, fallback: 0.025);

        var diagnosis = Cases.CreateSut(priors: learned).Diagnose(CaseEvidence.Empty);

        Assert.Equal("vpn-mtu", diagnosis.TopCause());
    }

    [Fact]
    public void Diagnose_SameEvidenceTwice_GivesIdenticalDiagnoses()
    {
        var evidence = Cases.With("host-azure-vm", "worked-before").WithFailedFix("renew-cert");

        var first = Cases.CreateSut().Diagnose(evidence);
        var second = Cases.CreateSut().Diagnose(evidence);

        Assert.Equal(Describe(first), Describe(second));
    }

    private static string Describe(CaseDiagnosis diagnosis) =>
        string.Join("\n", diagnosis.Causes.Select(c => $"{c.Cause.Id} {c.Probability:R} {c.Reason}")
            .Concat(diagnosis.Fixes.Select(f => $"{f.Fix.Id} {f.Likelihood:R} {f.Reason}"))
            .Append($"{diagnosis.NextQuestion?.Id} {diagnosis.StopReason}"));

    /// <summary>Priors as an organisation's history might give them: one value per cause, any context.</summary>
    private sealed class TablePriorSource(IReadOnlyDictionary<string, double> priors, double fallback) : IPriorSource
    {
        public double PriorFor(Cause cause, HostContext context) => priors.GetValueOrDefault(cause.Id, fallback);
    }
}
