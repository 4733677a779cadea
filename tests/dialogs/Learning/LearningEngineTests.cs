using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;
using static RdpHelpBot.Dialogs.Tests.Learning.LearningCases;

namespace RdpHelpBot.Dialogs.Tests.Learning;

/// <summary>What the diagnosis engine makes of learned priors.</summary>
public sealed class LearningEngineTests
{
    private static readonly CaseEvidence AzureVm = CaseEvidence.Empty.WithFact("host-azure-vm", Shipped);
    private static readonly CaseEvidence WindowsPc = CaseEvidence.Empty.WithFact("host-windows-pc", Shipped);

    [Fact]
    public void Diagnose_WeightZero_RanksExactlyAsThePlainEngine()
    {
        var learned = Learned(Resolved(60, "dns-stale", HostContext.AzureVm), weight: 0);

        var plain = new DiagnosisEngine(Shipped).Diagnose(AzureVm);
        var withLearning = new DiagnosisEngine(Shipped, priors: learned).Diagnose(AzureVm);

        Assert.Equal(Ranking(plain), Ranking(withLearning));
    }

    [Fact]
    public void Diagnose_ManyCasesResolvedByOneCause_PutsThatCauseFirst()
    {
        var learned = Learned(Resolved(40, "dns-stale", HostContext.AzureVm));

        var plain = new DiagnosisEngine(Shipped).Diagnose(AzureVm);
        var withLearning = new DiagnosisEngine(Shipped, priors: learned).Diagnose(AzureVm);

        Assert.Equal(("expired-self-signed-cert", "dns-stale"), (plain.Causes[0].Cause.Id, withLearning.Causes[0].Cause.Id));
    }

    [Fact]
    public void Diagnose_CasesResolvedOnAzureVms_LeaveTheWindowsPcRankingAlone()
    {
        var learned = Learned(Resolved(40, "expired-self-signed-cert", HostContext.AzureVm));

        var plain = new DiagnosisEngine(Shipped).Diagnose(WindowsPc);
        var withLearning = new DiagnosisEngine(Shipped, priors: learned).Diagnose(WindowsPc);

        Assert.Equal(Ranking(plain), Ranking(withLearning));
    }

    private static IReadOnlyList<(string Cause, double Probability)> Ranking(CaseDiagnosis diagnosis) =>
        diagnosis.Causes.Select(ranked => (ranked.Cause.Id, ranked.Probability)).ToList();
}
