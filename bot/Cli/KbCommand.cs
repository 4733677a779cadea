using System.CommandLine;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Cli;

/// <summary><c>kb lint [--path DIR]</c>: validates knowledge files and names every problem by file and line.</summary>
internal static class KbCommand
{
    public static Command Build()
    {
        var path = KnowledgeCommandOptions.PathOption();
        var lint = new Command("lint", "Validate the knowledge files; exit code 1 on any error.") { path };
        lint.SetAction(parseResult =>
        {
            // Written through the invocation's writers so callers (and tests) choose where output goes.
            var output = parseResult.InvocationConfiguration.Output;
            var errors = parseResult.InvocationConfiguration.Error;
            var result = KnowledgeLoading.Load(parseResult.GetValue(path));
            if (!result.Succeeded)
            {
                KnowledgeLoading.WriteErrors(result, errors);
                return 1;
            }
            output.WriteLine(Summary(result.Knowledge!));
            return 0;
        });
        return new Command("kb", "Work with the knowledge base.") { lint };
    }

    private static string Summary(KnowledgeBase knowledge) =>
        $"Knowledge OK: {knowledge.Causes.Count} causes, {knowledge.Fixes.Count} fixes, " +
        $"{knowledge.Questions.Count} questions, {knowledge.Facts.Count} facts, {knowledge.Codes.Count} codes, " +
        $"{knowledge.Sources.Count} sources.";
}
