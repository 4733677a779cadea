using System.CommandLine;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>diagnose "free text" [--answer q=a ...] [--failed fix ...] [--path DIR]</c>: the engine's view of a
/// report, for maintainers checking what the knowledge makes of a case.
/// </summary>
internal static class DiagnoseCommand
{
    // The command has read by meaning since the embeddings came; --Understanding:Embeddings=false turns them off.
    private static readonly Dictionary<string, string?> Defaults = new() { ["Understanding:Embeddings"] = "true" };

    public static Command Build()
    {
        var text = new Argument<string>("text") { Description = "What the user wrote." };
        var answers = new Option<string[]>("--answer")
        {
            Description = "An answer to a question, as question=answer (answer id or label); repeatable.",
        };
        var failed = new Option<string[]>("--failed") { Description = "The id of a fix that did not help; repeatable." };
        var path = KnowledgeCommandOptions.PathOption();
        var command = new Command("diagnose", "Rank causes, order fixes and pick the next question for a report.")
        {
            text, answers, failed, path,
        };
        // Settings such as --Understanding:Provider=AzureOpenAI pass through to the configuration, as for the host.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var loaded = KnowledgeLoading.Load(parseResult.GetValue(path));
            if (loaded.Knowledge is not { } knowledge)
            {
                KnowledgeLoading.WriteErrors(loaded, error);
                return 1;
            }
            using var understanding = ConfiguredUnderstanding.Create(knowledge, parseResult.UnmatchedTokens, Defaults, error);
            if (understanding is null)
            {
                return 1;
            }
            var report = parseResult.GetValue(text) ?? "";
            var read = await understanding.Understander.UnderstandAsync(new UnderstandingRequest(report, "diagnose"), cancellationToken);
            var (evidence, problem) = DiagnoseInput.ToEvidence(knowledge, read, parseResult.GetValue(answers) ?? [], parseResult.GetValue(failed) ?? []);
            if (evidence is null)
            {
                await error.WriteLineAsync(problem);
                return 1;
            }
            DiagnosisPrinter.Write(new DiagnosisEngine(knowledge).Diagnose(evidence), evidence, output);
            return 0;
        });
        return command;
    }
}
