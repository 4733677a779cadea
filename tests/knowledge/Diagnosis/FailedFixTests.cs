using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

public sealed class FailedFixTests
{
    private static readonly CaseEvidence AzureThatWorkedBefore = Cases.With("host-azure-vm", "worked-before");

    [Fact]
    public void Diagnose_FixFailed_ItsCauseFallsByOneMinusSuccessTimesAdherence()
    {
        var sut = Cases.CreateSut();

        var before = sut.Diagnose(AzureThatWorkedBefore);
        var after = sut.Diagnose(AzureThatWorkedBefore.WithFailedFix("renew-cert"));

        // renew-cert succeeds 0.85 for expired-cert; the default adherence is 0.9. vpn-mtu is untouched.
        var oddsBefore = before.ProbabilityOf("expired-cert") / before.ProbabilityOf("vpn-mtu");
        var oddsAfter = after.ProbabilityOf("expired-cert") / after.ProbabilityOf("vpn-mtu");
        Assert.Equal(1 - 0.85 * 0.9, oddsAfter / oddsBefore, 12);
    }

    [Fact]
    public void Diagnose_FixFailed_ItsCauseStaysPossible()
    {
        var diagnosis = Cases.CreateSut().Diagnose(AzureThatWorkedBefore.WithFailedFix("renew-cert"));

        Assert.True(diagnosis.ProbabilityOf("expired-cert") > 0.1);
    }

    [Fact]
    public void Diagnose_FixFailed_AnotherCauseTakesTheLead()
    {
        var diagnosis = Cases.CreateSut().Diagnose(AzureThatWorkedBefore.WithFailedFix("renew-cert"));

        Assert.Equal("update-security-layer", diagnosis.TopCause());
    }

    [Fact]
    public void Diagnose_FixFailed_IsNoLongerOfferedAndTheNextFixLeads()
    {
        var sut = Cases.CreateSut();
        Assert.Equal("renew-cert", sut.Diagnose(AzureThatWorkedBefore).FixIds()[0]);

        var diagnosis = sut.Diagnose(AzureThatWorkedBefore.WithFailedFix("renew-cert"));

        Assert.DoesNotContain("renew-cert", diagnosis.FixIds());
        Assert.Equal("set-security-layer", diagnosis.FixIds()[0]);
    }

    [Fact]
    public void Diagnose_FixSkipped_IsNotOfferedButItsCauseKeepsItsProbability()
    {
        var sut = Cases.CreateSut();

        var before = sut.Diagnose(AzureThatWorkedBefore);
        var after = sut.Diagnose(AzureThatWorkedBefore.WithSkippedFix("renew-cert"));

        Assert.DoesNotContain("renew-cert", after.FixIds());
        Assert.Equal(before.ProbabilityOf("expired-cert"), after.ProbabilityOf("expired-cert"), 12);
    }
}
