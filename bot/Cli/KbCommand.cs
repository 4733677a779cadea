using System.CommandLine;
using RdpHelpBot.Bot.Knowledge;

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
            var result = KnowledgeLoading.Load(parseResult.GetValue(path));
            if (!result.Succeeded)
            {
                KnowledgeLoading.WriteErrors(result, Console.Error);
                return 1;
            }
            var knowledge = result.Knowledge!;
            Console.WriteLine(
                $"Knowledge OK: {knowledge.Causes.Count} causes, {knowledge.Fixes.Count} fixes, " +
                $"{knowledge.Questions.Count} questions, {knowledge.Facts.Count} facts, {knowledge.Codes.Count} codes, " +
                $"{knowledge.Sources.Count} sources.");
            return 0;
        });
        return new Command("kb", "Work with the knowledge base.") { lint };
    }
}
