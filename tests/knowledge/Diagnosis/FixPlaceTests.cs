using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

/// <summary>Fixes follow where the host is: nothing for the Azure portal when the host is known not to be in Azure.</summary>
public sealed class FixPlaceTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.LoadBuiltIn().Knowledge!;

    [Theory]
    [InlineData("host-windows-pc")]
    [InlineData("host-windows-server")]
    public void Diagnose_HostKnownNotInAzure_OffersNoAzurePortalFix(string hostFact)
    {
        var diagnosis = new DiagnosisEngine(Knowledge).Diagnose(CaseEvidence.Empty.WithFact(hostFact, Knowledge));

        Assert.DoesNotContain(diagnosis.Fixes, ranked => ranked.Fix.RunsOn == FixPlace.AzurePortal);
    }

    [Fact]
    public void Diagnose_AzureVm_StillOffersAzurePortalFixes()
    {
        var diagnosis = new DiagnosisEngine(Knowledge).Diagnose(CaseEvidence.Empty.WithFact("host-azure-vm", Knowledge));

        Assert.Contains(diagnosis.Fixes, ranked => ranked.Fix.RunsOn == FixPlace.AzurePortal);
    }

    [Fact]
    public void Diagnose_ServerOutsideAzureFloodedFromTheInternet_FirstOffersToTakeThePortOffTheInternet()
    {
        var evidence = CaseEvidence.Empty.WithFacts(["host-windows-server", "rdp-exposed-to-internet", "many-failed-logons"], Knowledge);

        var diagnosis = new DiagnosisEngine(Knowledge).Diagnose(evidence);

        Assert.Equal("restrict-rdp-exposure", diagnosis.Fixes[0].Fix.Id);
    }

    [Fact]
    public void Diagnose_UserWithoutRightsOnTheHost_SeesOwnPcFixesSooner()
    {
        var evidence = CaseEvidence.Empty.WithFacts(["host-windows-server", "over-vpn", "worked-before"], Knowledge);
        var engine = new DiagnosisEngine(Knowledge);

        var withRights = FirstOwnPcFix(engine.Diagnose(evidence));
        var withoutRights = FirstOwnPcFix(engine.Diagnose(evidence.WithFact(WellKnownFacts.NoAdminRights, Knowledge)));

        Assert.True(withoutRights < withRights, $"first own-PC fix at {withoutRights} without rights, at {withRights} with them");
    }

    private static int FirstOwnPcFix(CaseDiagnosis diagnosis) =>
        diagnosis.Fixes.ToList().FindIndex(ranked => ranked.Fix.RunsOn == FixPlace.Client);
}
