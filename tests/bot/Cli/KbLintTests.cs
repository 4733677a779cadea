using RdpHelpBot.Bot.Tests.Knowledge;

namespace RdpHelpBot.Bot.Tests.Cli;

public sealed class KbLintTests
{
    private const string BrokenFact = """
        facts:
          - id: broken-fact
            statement: A fact whose opposite does not exist.
            because: its opposite does not exist
            opposite: no-such-fact
        """;

    [Fact]
    public void Lint_BuiltInKnowledge_ExitsZeroWithSummary()
    {
        var (exitCode, output, _) = Lint("kb", "lint");

        Assert.Equal((0, true), (exitCode, output.Contains("Knowledge OK:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lint_FolderWithBrokenFile_ExitsOneNamingFileLineItemAndProblem()
    {
        using var folder = KnowledgeFolder.WithBuiltIn().Add("broken.yaml", BrokenFact);

        var (exitCode, _, errors) = Lint("kb", "lint", "--path", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("broken.yaml:2: broken-fact: opposite names 'no-such-fact', which is not a fact id", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_MissingFolder_ExitsOneNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "rdphelpbot-tests", "no-such-folder-" + Guid.NewGuid().ToString("N"));

        var (exitCode, _, errors) = Lint("kb", "lint", "--path", missing);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{missing}: the knowledge folder does not exist", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_EmptyFolder_ExitsOneSayingThereAreNoFiles()
    {
        using var folder = KnowledgeFolder.Empty();

        var (exitCode, _, errors) = Lint("kb", "lint", "--path", folder.Path);

        Assert.Equal((1, true), (exitCode, errors.Contains("holds no .yaml or .yml files", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lint_SilentQuestion_ExitsOneNamingTheQuestion()
    {
        using var folder = KnowledgeFolder.WithBuiltIn().Add("silent.yaml", """
            facts:
              - id: silent-fact
                statement: Nothing listens to this fact.
                because: nothing listens to it
            questions:
              - id: silent-question
                text: Does anything listen?
                answers:
                  - { id: yes, label: "Yes", fact: silent-fact }
                  - { id: not-sure, label: "Not sure" }
            """);

        var (exitCode, _, errors) = Lint("kb", "lint", "--path", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("silent.yaml:6: silent-question: no cause gives evidence", errors, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Errors) Lint(params string[] args) => CommandLine.Run(args);
}
