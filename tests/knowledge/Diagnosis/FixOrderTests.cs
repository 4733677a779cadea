using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

public sealed class FixOrderTests
{
    [Fact]
    public void Diagnose_FixOfTwoCauses_AppearsOnceWithTheSumOfBoth()
    {
        var diagnosis = Cases.CreateSut().Diagnose(CaseEvidence.Empty);

        var renew = Assert.Single(diagnosis.Fixes, ranked => ranked.Fix.Id == "renew-cert");
        var expected = diagnosis.ProbabilityOf("expired-cert") * 0.85 + diagnosis.ProbabilityOf("machinekeys-permissions") * 0.3;
        Assert.Equal(expected, renew.Likelihood, 12);
    }

    [Fact]
    public void Diagnose_FixOfTwoCauses_IsAttributedToTheCauseContributingMost()
    {
        var diagnosis = Cases.CreateSut().Diagnose(CaseEvidence.Empty);

        Assert.Equal("expired-cert", diagnosis.Fixes.Single(ranked => ranked.Fix.Id == "renew-cert").Cause.Id);
    }

    [Fact]
    public void Diagnose_FixesFarApart_OrderedByLikelihood()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("host-azure-vm"));

        Assert.Equal("renew-cert", diagnosis.FixIds()[0]);
    }

    [Fact]
    public void Diagnose_CloseFixesOfDifferentRisk_LowerRiskFirst()
    {
        // After a Windows update: uninstall-update (high risk) 0.44, set-security-layer (medium) 0.42.
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("after-windows-update"));

        Assert.Equal(["set-security-layer", "uninstall-update"], diagnosis.FixIds().Take(2));
    }

    [Fact]
    public void Diagnose_CloseFixesOfEqualRisk_QuickerFirst()
    {
        // Only this user fails: restart-host (15 min) 0.54, sign-out-session (5 min) 0.51, both low risk.
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("only-my-account"));

        Assert.Equal(["sign-out-session", "restart-host"], diagnosis.FixIds().Take(2));
    }

    [Fact]
    public void Diagnose_CloseScoreRatioStricterThanTheGap_LikelierFixFirst()
    {
        var options = new DiagnosisOptions { CloseScoreRatio = 0.99 };

        var diagnosis = Cases.CreateSut(options).Diagnose(Cases.With("after-windows-update"));

        Assert.Equal(["uninstall-update", "set-security-layer"], diagnosis.FixIds().Take(2));
    }

    [Fact]
    public void Diagnose_AnyEvidenceOnAzure_EveryClaimedFixListedOnce()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("host-azure-vm", "over-vpn"));

        Assert.Equal(FixtureKnowledge.Knowledge.Fixes.Keys.Order(), diagnosis.FixIds().Order());
    }
}
