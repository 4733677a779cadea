namespace RdpHelpBot.Bot.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private static readonly string FixtureKnowledge = Path.Combine(AppContext.BaseDirectory, "Fixtures", "knowledge");

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private const string TwoReports = """
        - id: r1
          cause: expired-cert
          context: azure-vm
          style: terse
          text: Our Azure VM stopped working this morning, 0x904.
        - id: r2
          cause: stuck-session
          context: azure-vm
          style: terse
          text: |-
            The Azure VM stopped working for me.
        """;

    private (int ExitCode, string Output, string Error) Run(params string[] options) =>
        CommandLine.Run(["eval", "--path", folder.Path, "--knowledge", FixtureKnowledge, .. options]);

    [Fact]
    public void Eval_Reports_PrintsTopOneAndTopThree()
    {
        File.WriteAllText(folder.File("reports.yaml"), TwoReports);

        var run = Run();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("top-1 1/2 (50.0%)", run.Output);
        Assert.Contains("top-3 2/2 (100.0%)", run.Output);
    }

    [Fact]
    public void Eval_Miss_NamesTheCauseAndWhatWasRankedFirstInstead()
    {
        File.WriteAllText(folder.File("reports.yaml"), TwoReports);

        var run = Run();

        Assert.Contains("  stuck-session: 1/1; expired-cert ×1", run.Output);
    }

    [Fact]
    public void Eval_ShowReport_PrintsItsFactsAndTheCausesRankedFirst()
    {
        File.WriteAllText(folder.File("reports.yaml"), TwoReports);

        var run = Run("--show", "r2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("r2 (", run.Output);
        Assert.Contains("true cause stuck-session, ranked 2", run.Output);
        Assert.Contains("Facts read: ", run.Output);
        Assert.Matches(@"\n\s+\d+\.\d %\s+expired-cert", run.Output);
        Assert.DoesNotContain("top-1", run.Output);
    }

    [Fact]
    public void Eval_ShowCause_PrintsOnlyItsReportsNotRankedFirst()
    {
        File.WriteAllText(folder.File("reports.yaml"), TwoReports);

        var missed = Run("--show", "stuck-session");
        var rankedFirst = Run("--show", "expired-cert");

        Assert.Contains("r2 (", missed.Output);
        Assert.Equal(0, rankedFirst.ExitCode);
        Assert.DoesNotContain("r1 (", rankedFirst.Output);
    }

    [Fact]
    public void Eval_ShowUnknownId_Exits1NamingIt()
    {
        File.WriteAllText(folder.File("reports.yaml"), TwoReports);

        var run = Run("--show", "r9");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'r9'", run.Error);
    }

    [Fact]
    public void Eval_SeveralFiles_GivesFiguresPerFile()
    {
        File.WriteAllText(folder.File("a.yaml"), TwoReports);
        File.WriteAllText(folder.File("b.yaml"), TwoReports.Replace("id: r", "id: b", StringComparison.Ordinal));

        var run = Run();

        Assert.Contains("  a.yaml: top-1 1/2 (50.0%), top-3 2/2 (100.0%)", run.Output);
        Assert.Contains("top-1 2/4 (50.0%)", run.Output);
    }

    [Fact]
    public void Eval_ReportWithoutText_Exits1NamingFileAndReport()
    {
        File.WriteAllText(folder.File("bad.yaml"), "- id: r1\n  cause: expired-cert\n");

        var run = Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.yaml: report r1 has no text.", run.Error);
    }

    [Fact]
    public void Eval_BrokenYaml_Exits1NamingTheFile()
    {
        File.WriteAllText(folder.File("broken.yaml"), "- id: r1\n  cause: [unclosed\n");

        var run = Run();

        Assert.Equal((1, true), (run.ExitCode, run.Error.Contains("broken.yaml", StringComparison.Ordinal)));
    }

    [Fact]
    public void Eval_WithoutPath_ReadsTheRepositoryReportsAgainstTheBuiltInKnowledge()
    {
        var run = CommandLine.Run("eval");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Reports: [1-9]\d+ from .*eval", run.Output);
        Assert.Contains("Time per report: mean ", run.Output);
    }
}
