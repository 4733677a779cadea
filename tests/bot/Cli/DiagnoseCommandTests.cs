namespace RdpHelpBot.Bot.Tests.Cli;

public sealed class DiagnoseCommandTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "knowledge");

    private const string AzureStoppedWorking = "Our Azure VM stopped working this morning";

    [Fact]
    public void Diagnose_FreeText_RanksTheCausesItPointsAt()
    {
        var run = Run(AzureStoppedWorking);

        // Azure priors 0.40/0.30/0.30, worked-before doubles the certificate cause: 0.8 / 1.4 = 57%.
        Assert.Contains("  1.  57%  The host's self-signed RDP certificate expired (expired-cert)", run.Output);
    }

    [Fact]
    public void Diagnose_FreeText_ExplainsTheRankingFromTheEvidence()
    {
        var run = Run(AzureStoppedWorking);

        Assert.Contains("Likely because the host is an Azure VM and it worked before.", run.Output);
    }

    [Fact]
    public void Diagnose_FreeTextAnswersOneQuestion_AsksTheOther()
    {
        var run = Run(AzureStoppedWorking);

        Assert.Contains("Next question (others-affected): Can other people connect to the same computer?", run.Output);
    }

    [Fact]
    public void Diagnose_AnswerGivenByLabelInAnyCase_ChangesTheLeader()
    {
        var run = Run(AzureStoppedWorking, "--answer", "others-affected=yes, ONLY I can't");

        Assert.Contains("  1.  72%  A disconnected session of the user is stuck on the host (stuck-session)", run.Output);
    }

    [Fact]
    public void Diagnose_AnswerThatSettlesIt_SaysWhyItStopsAsking()
    {
        var run = Run(AzureStoppedWorking, "--answer", "others-affected=nobody-can");

        Assert.Contains("No more questions: one cause clearly leads.", run.Output);
    }

    [Fact]
    public void Diagnose_CauseOnlyArticlesClaim_IsMarked()
    {
        var run = Run(AzureStoppedWorking);

        Assert.Contains("The VPN drops large packets during set-up (vpn-mtu) [articles only]", run.Output);
    }

    [Fact]
    public void Diagnose_FailedFix_IsNoLongerListed()
    {
        var run = Run(AzureStoppedWorking, "--failed", "renew-cert");

        Assert.DoesNotContain("(renew-cert;", run.Output);
    }

    [Fact]
    public void Diagnose_UnknownQuestion_ExitsWithOneListingTheQuestions()
    {
        var run = Run(AzureStoppedWorking, "--answer", "colour=blue");

        Assert.Equal((1, "Unknown question 'colour' in --answer. Questions: history, others-affected."),
            (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Diagnose_UnknownAnswer_ExitsWithOneListingTheAnswers()
    {
        var run = Run(AzureStoppedWorking, "--answer", "history=maybe");

        Assert.Equal((1, "Question 'history' has no answer 'maybe'. Answers: yes, no, not-sure."),
            (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Diagnose_UnknownFailedFix_ExitsWithOneListingTheFixes()
    {
        var run = Run(AzureStoppedWorking, "--failed", "reboot");

        Assert.Equal((1, "Unknown fix 'reboot' in --failed. Fixes: lower-mtu, renew-cert, sign-out-session."),
            (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Diagnose_SameInputTwice_PrintsTheSameOutput()
    {
        Assert.Equal(Run(AzureStoppedWorking).Output, Run(AzureStoppedWorking).Output);
    }

    private static (int ExitCode, string Output, string Error) Run(string text, params string[] options)
    {
        return CommandLine.Run(["diagnose", text, .. options, "--path", FixtureFolder]);
    }
}
