using System.CommandLine;
using RdpHelpBot.Bot.Cli.Eval.Conversations;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Bot.LanguageModel;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>eval [--path DIR|FILE] [--knowledge DIR] [--embeddings] [--understanding rules|azure-openai]</c>: how well the bot reads reports whose true cause is known: the
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
        var understanding = new Option<string>("--understanding")
        {
            Description = "rules (the default), or azure-openai: also read with the Azure OpenAI deployment of the AzureOpenAI settings, printed beside the rules' figures.",
            DefaultValueFactory = _ => Rules,
        };
        understanding.AcceptOnlyFromAmong(Rules, AzureOpenAI);
        var conversations = new Option<bool>("--conversations")
        {
            Description = "Play the stories with a simulated user instead of scoring first messages.",
        };
        var show = new Option<string?>("--show") { Description = "Print one report's facts and leading causes (a cause's id: its reports not ranked first), or with --conversations one story's whole conversation." };
        var command = new Command("eval", "Measure how often the true cause of known reports is ranked first and in the top three, or play the stories.")
        {
            path, knowledgePath, withEmbeddings, understanding, conversations, show,
        };
        // Settings such as --AzureOpenAI:Endpoint=... pass through to the configuration, as for the host.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var embeddings = parseResult.GetValue(withEmbeddings);
            var settings = new List<string>(parseResult.UnmatchedTokens) { $"--Understanding:Embeddings={embeddings}" };
            if (parseResult.GetValue(understanding) == AzureOpenAI)
                settings.Add($"--Understanding:Provider={UnderstandingProvider.AzureOpenAI}");
            if (!parseResult.GetValue(conversations))
            {
                var run = new ReportRun(parseResult.GetValue(path) ?? DefaultFolder, parseResult.GetValue(knowledgePath), embeddings, settings, parseResult.GetValue(show));
                return RunReportsAsync(run, output, error, cancellationToken);
            }
            if (parseResult.GetValue(knowledgePath) is { } knowledge)
                settings.Add($"--Knowledge:Path={knowledge}");
            var stories = StoryFiles(parseResult.GetValue(path) ?? DefaultStoriesFolder);
            return ConversationEvalRunner.RunAsync([.. settings], stories, parseResult.GetValue(show), output, error, cancellationToken);
        });
        return command;
    }

    private const string Rules = "rules";
    private const string AzureOpenAI = "azure-openai";

    /// <param name="Settings">The host settings the understander is configured with.</param>
    private sealed record ReportRun(string Path, string? KnowledgePath, bool Embeddings, IReadOnlyList<string> Settings, string? Show);

    private static async Task<int> RunReportsAsync(ReportRun run, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var loaded = KnowledgeLoading.Load(run.KnowledgePath);
        if (loaded.Knowledge is not { } knowledge)
        {
            KnowledgeLoading.WriteErrors(loaded, error);
            return 1;
        }
        var (reports, problem) = EvalReportReader.Read(run.Path);
        if (problem is not null)
        {
            await error.WriteLineAsync($"The evaluation reports cannot be read: {problem}");
            return 1;
        }
        var time = new EvalReportDay();
        using var configured = ConfiguredUnderstanding.Create(knowledge, run.Settings, new Dictionary<string, string?>(), error, time);
        if (configured is null)
            return 1;
        var withModel = configured.Understander is ModelUnderstander;
        var local = withModel ? Understanders.Create(knowledge, run.Embeddings, time) : configured.Understander;
        var reading = run.Embeddings ? "rules and sentence embeddings" : "rules only";
        if (run.Show is not null)
            return await ShowAsync(run.Show, reports, new EvalReportScore(knowledge, configured.Understander, time), output, error, cancellationToken);
        var outcomes = await new EvalReportScore(knowledge, local, time).ScoreAsync(reports, cancellationToken);
        EvalReportPrinter.Write(outcomes, knowledge, $"{run.Path} ({reading})", output);
        if (withModel)
        {
            await output.WriteLineAsync();
            var model = await new EvalReportScore(knowledge, configured.Understander, time).ScoreAsync(reports, cancellationToken);
            EvalReportPrinter.Write(model, knowledge, $"{run.Path} ({reading} and Azure OpenAI)", output);
        }
        return 0;
    }

    // A report's id shows that report; a cause's id shows its reports whose cause was not ranked first.
    private static async Task<int> ShowAsync(
        string show, IReadOnlyList<EvalReport> reports, EvalReportScore score, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var shown = (await score.ScoreAsync(reports.Where(r => r.Id == show || r.Cause == show), cancellationToken))
            .Where(o => o.Report.Id == show || !o.Top1)
            .ToList();
        if (shown.Count == 0 && !reports.Any(r => r.Cause == show))
        {
            await error.WriteLineAsync($"No report and no report's cause has the id '{show}'.");
            return 1;
        }
        foreach (var outcome in shown)
        {
            EvalReportPrinter.WriteOne(outcome, output);
            await output.WriteLineAsync();
        }
        return 0;
    }

    /// <summary>The given file, or the <c>.yaml</c> files of the given folder.</summary>
    private static IReadOnlyList<string> StoryFiles(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [path];
}
