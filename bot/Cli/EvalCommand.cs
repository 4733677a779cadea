using System.CommandLine;
using RdpHelpBot.Bot.Knowledge;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>eval [--path DIR|FILE] [--knowledge DIR] [--rules-only]</c>: how well the bot reads reports whose true cause is known: the
/// true cause's rank after the first message, through the configured understander and the diagnosis engine. It is a
/// measurement, so poor figures still exit 0; unreadable input exits 1.
/// </summary>
internal static class EvalCommand
{
    /// <summary>The repository's <c>knowledge/eval</c>, copied next to the bot.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "eval");

    public static Command Build()
    {
        var path = new Option<string?>("--path")
        {
            Description = "A folder of evaluation report files (or one file) instead of the repository's knowledge/eval.",
        };
        var knowledgePath = new Option<string?>("--knowledge")
        {
            Description = "A folder of knowledge YAML files to use instead of the built-in knowledge.",
        };
        var rulesOnly = new Option<bool>("--rules-only")
        {
            Description = "Read with the rules and patterns alone, without the sentence embeddings (Understanding:Embeddings=false).",
        };
        var command = new Command("eval", "Measure how often the true cause of known reports is ranked first and in the top three.")
        {
            path, knowledgePath, rulesOnly,
        };
        command.SetAction(parseResult => RunReports(
            parseResult.GetValue(path) ?? DefaultFolder, parseResult.GetValue(knowledgePath), !parseResult.GetValue(rulesOnly),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int RunReports(string path, string? knowledgePath, bool embeddings, TextWriter output, TextWriter error)
    {
        var loaded = KnowledgeLoading.Load(knowledgePath);
        if (loaded.Knowledge is not { } knowledge)
        {
            KnowledgeLoading.WriteErrors(loaded, error);
            return 1;
        }
        var (reports, problem) = EvalReportReader.Read(path);
        if (problem is not null)
        {
            error.WriteLine($"The evaluation reports cannot be read: {problem}");
            return 1;
        }
        var understander = Understanders.Create(knowledge, embeddings);
        var outcomes = new EvalReportScore(knowledge, understander, TimeProvider.System).Score(reports);
        EvalReportPrinter.Write(outcomes, knowledge, $"{path} ({(embeddings ? "rules and sentence embeddings" : "rules only")})", output);
        return 0;
    }
}
