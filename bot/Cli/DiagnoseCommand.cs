using System.CommandLine;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>diagnose "free text" [--answer q=a ...] [--failed fix ...] [--path DIR]</c>: the engine's view of a
/// report, for maintainers checking what the knowledge makes of a case.
/// </summary>
internal static class DiagnoseCommand
{
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
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var loaded = KnowledgeLoading.Load(parseResult.GetValue(path));
            if (loaded.Knowledge is not { } knowledge)
            {
                KnowledgeLoading.WriteErrors(loaded, error);
                return 1;
            }
            if (CreateUnderstander(knowledge, error) is not { } understander)
            {
                return 1;
            }
            var (evidence, problem) = DiagnoseInput.ToEvidence(knowledge, understander, parseResult.GetValue(text) ?? "",
                parseResult.GetValue(answers) ?? [], parseResult.GetValue(failed) ?? []);
            if (evidence is null)
            {
                error.WriteLine(problem);
                return 1;
            }
            DiagnosisPrinter.Write(new DiagnosisEngine(knowledge).Diagnose(evidence), evidence, output);
            return 0;
        });
        return command;
    }

    // A broken pattern in a knowledge folder is input to report, not a crash; the message names the fact.
    private static IUnderstander? CreateUnderstander(KnowledgeBase knowledge, TextWriter error)
    {
        try
        {
            return Understanders.Create(knowledge);
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }
}
