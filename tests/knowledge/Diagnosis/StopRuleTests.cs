using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

public sealed class StopRuleTests
{
    [Fact]
    public void Diagnose_TopCauseReachesLeadProbability_StopsBecauseOneCauseLeads()
    {
        // Only this user fails: the stuck session reaches 64%.
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("only-my-account"));

        Assert.Equal((null, StopReasons.CauseLeads), (diagnosis.NextQuestion, diagnosis.StopReason));
    }

    [Fact]
    public void Diagnose_TopCauseLeadsByTheRatioBelowLeadProbability_StopsBecauseOneCauseLeads()
    {
        // After a Windows update: 56% against 14% for the runner-up, four times as likely.
        var diagnosis = Cases.CreateSut(new DiagnosisOptions { LeadRatio = 3 }).Diagnose(Cases.With("after-windows-update"));

        Assert.Equal((null, StopReasons.CauseLeads), (diagnosis.NextQuestion, diagnosis.StopReason));
    }

    [Fact]
    public void Diagnose_DefaultRatioRule_KeepsAskingWhenTheLeaderIsOnlyFourTimesTheRunnerUp()
    {
        var diagnosis = Cases.CreateSut().Diagnose(Cases.With("after-windows-update"));

        Assert.NotNull(diagnosis.NextQuestion);
    }

    [Fact]
    public void Diagnose_BudgetSpent_StopsAsking()
    {
        var options = new DiagnosisOptions { QuestionBudget = 1 };

        var diagnosis = Cases.CreateSut(options).Diagnose(CaseEvidence.Empty.WithAskedQuestion("vpn"));

        Assert.Equal((null, StopReasons.BudgetSpent), (diagnosis.NextQuestion, diagnosis.StopReason));
    }

    [Fact]
    public void Diagnose_BestGainBelowMinimum_StopsBecauseNoQuestionWouldHelp()
    {
        var options = new DiagnosisOptions { MinimumGainBits = 0.5 };

        var diagnosis = Cases.CreateSut(options).Diagnose(CaseEvidence.Empty);

        Assert.Equal((null, StopReasons.NothingHelps), (diagnosis.NextQuestion, diagnosis.StopReason));
    }

    [Fact]
    public void Constructor_OptionOutOfRange_ThrowsNamingTheOption()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Cases.CreateSut(new DiagnosisOptions { FixAdherence = 1 }));

        Assert.Equal(nameof(DiagnosisOptions.FixAdherence), error.ParamName);
    }
}
