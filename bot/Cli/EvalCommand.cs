using System.CommandLine;
using RdpHelpBot.Bot.Cli.Eval.Conversations;
using RdpHelpBot.Bot.Knowledge;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>eval [--path DIR|FILE] [--knowledge DIR] [--embeddings]</c>: how well the bot reads reports whose true cause is known: the
/// true cause's rank after the first message, through the configured understander and the diagnosis engine.
/// <c>eval --conversations [--show ID]</c>: a simulated user plays each story against the bot. Both are
/// measurements, so poor figures still exit 0; unreadable input exits 1.
/// </summary>
internal static class EvalCommand
{
    /// <summary>The repository's <c>knowledge/eval</c>, copied next to the bot.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "eval");

    /// <summary>The stories, in <c>knowledge/eval/conversations</c>.</summary>
    public static string DefaultStoriesFolder => Path.Combine(DefaultFolder, "conversations");

    public static Command Build()
    {
        var path = new Option<string?>("--path")
        {
            Description = "A folder of evaluation files (or one file) instead of the repository's knowledge/eval (or knowledge/eval/conversations).",
        };
        var knowledgePath = new Option<string?>("--knowledge")
        {
            Description = "A folder of knowledge YAML files to use instead of the built-in knowledge.",
        };
        var withEmbeddings = new Option<bool>("--embeddings")
        {
            Description = "Also read by meaning with the sentence embeddings (Understanding:Embeddings=true), to see what they add.",
        };
        var conversations = new Option<bool>("--conversations")
        {
            Description = "Play the stories with a simulated user instead of scoring first messages.",
        };
        var show = new Option<string?>("--show") { Description = "Print one report's facts and leading causes (a cause's id: its reports not ranked first), or with --conversations one story's whole conversation." };
        var command = new Command("eval", "Measure how often the true cause of known reports is ranked first and in the top three, or play the stories.")
        {
            path, knowledgePath, withEmbeddings, conversations, show,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var embeddings = parseResult.GetValue(withEmbeddings);
            if (!parseResult.GetValue(conversations))
                return Task.FromResult(RunReports(parseResult.GetValue(path) ?? DefaultFolder, parseResult.GetValue(knowledgePath), embeddings, parseResult.GetValue(show), output, error));
            var settings = new List<string> { $"--Understanding:Embeddings={embeddings}" };
            if (parseResult.GetValue(knowledgePath) is { } knowledge)
                settings.Add($"--Knowledge:Path={knowledge}");
            var stories = StoryFiles(parseResult.GetValue(path) ?? DefaultStoriesFolder);
            return ConversationEvalRunner.RunAsync([.. settings], stories, parseResult.GetValue(show), output, error, cancellationToken);
        });
        return command;
    }

    private static int RunReports(string path, string? knowledgePath, bool embeddings, string? show, TextWriter output, TextWriter error)
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
        if (show is not null)
        {
            // A report's id shows that report; a cause's id shows its reports whose cause was not ranked first.
            var shown = new EvalReportScore(knowledge, understander, TimeProvider.System)
                .Score(reports.Where(r => r.Id == show || r.Cause == show))
                .Where(o => o.Report.Id == show || !o.Top1)
                .ToList();
            if (shown.Count == 0 && !reports.Any(r => r.Cause == show))
            {
                error.WriteLine($"No report and no report's cause has the id '{show}'.");
                return 1;
            }
            foreach (var outcome in shown)
            {
                EvalReportPrinter.WriteOne(outcome, output);
                output.WriteLine();
            }
            return 0;
        }
        var outcomes = new EvalReportScore(knowledge, understander, TimeProvider.System).Score(reports);
        EvalReportPrinter.Write(outcomes, knowledge, $"{path} ({(embeddings ? "rules and sentence embeddings" : "rules only")})", output);
        return 0;
    }

    /// <summary>The given file, or the <c>.yaml</c> files of the given folder.</summary>
    private static IReadOnlyList<string> StoryFiles(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [path];
}
