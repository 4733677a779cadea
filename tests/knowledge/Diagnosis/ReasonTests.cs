using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

public sealed class ReasonTests
{
    [Fact]
    public void Diagnose_SupportingContextAndFact_TopCauseReasonNamesBoth()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("host-azure-vm", "worked-before"));

        Assert.Equal("Likely because the host is an Azure VM and it worked before.", diagnosis.Causes[0].Reason);
    }

    [Fact]
    public void Diagnose_NoEvidence_ReasonIsHowCommonTheCauseIs()
    {
        var diagnosis = Cases.CreateSut().Diagnose(CaseEvidence.Empty);

        Assert.Equal("Based on how common it is on an unknown kind of host.", diagnosis.Causes[0].Reason);
    }

    [Fact]
    public void Diagnose_EvidenceAgainstACause_ReasonSaysWhyItIsLessLikely()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("no-vpn"));

        Assert.Equal("Less likely because no VPN is involved.", diagnosis.Causes.Single(c => c.Cause.Id == "vpn-mtu").Reason);
    }

    [Fact]
    public void Diagnose_FailedFix_ItsCauseReasonSaysItDidNotHelp()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("worked-before").WithFailedFix("renew-cert"));

        Assert.Contains("“Delete the expired certificate and restart Remote Desktop” did not help",
            diagnosis.Causes.Single(c => c.Cause.Id == "expired-cert").Reason);
    }

    [Fact]
    public void Diagnose_FirstFix_ReasonNamesItsCauseAndProbability()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("host-azure-vm", "worked-before"));

        Assert.Equal(
            "First because the most likely cause (59%) is that the host's self-signed RDP certificate expired; " +
            "it may also help if the MachineKeys folder lost its permissions.",
            diagnosis.Fixes[0].Reason);
    }

    [Fact]
    public void Diagnose_FixOfACauseOnlyArticlesClaim_ReasonSaysMicrosoftDoesNotConfirmIt()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("over-vpn"));

        Assert.Contains(", not confirmed by Microsoft, is that", diagnosis.Fixes.Single(f => f.Fix.Id == "lower-mtu").Reason);
    }

    [Fact]
    public void Diagnose_SaferFixMovedAhead_ReasonSaysWhy()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("after-windows-update"));

        Assert.EndsWith("placed before “Uninstall the latest update” because it is about as likely to help and medium risk.",
            diagnosis.Fixes[0].Reason);
    }
}
