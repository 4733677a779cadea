using System.CommandLine;
using RdpHelpBot.Bot.Cli.Eval.Conversations;

namespace RdpHelpBot.Bot.Cli;

/// <summary><c>eval --conversations [--path FILE_OR_DIR]</c>: measures how the bot does with the evaluation material.</summary>
internal static class EvalCommand
{
    public static Command Build()
    {
        var conversations = new Option<bool>("--conversations") { Description = "Play the stories with a simulated user." };
        var path = new Option<string?>("--path") { Description = "A YAML file or a folder of them (default: the evaluation material shipped with the bot)." };
        var show = new Option<string?>("--show") { Description = "With --conversations: print this story's whole conversation." };
        var command = new Command("eval", "Measure the bot against its evaluation material.") { conversations, path, show };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) =>
        {
            var files = EvalFiles.Find(parseResult.GetValue(path), "stories*.yaml");
            return ConversationEvalRunner.RunAsync(
                parseResult.UnmatchedTokens.ToArray(), files, parseResult.GetValue(show), parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }
}

/// <summary>The evaluation files: the given file, the matching files of the given folder, or those shipped beside the bot.</summary>
internal static class EvalFiles
{
    public static readonly string ShippedFolder = Path.Combine(AppContext.BaseDirectory, "eval");

    public static IReadOnlyList<string> Find(string? path, string pattern)
    {
        var location = path ?? ShippedFolder;
        return File.Exists(location) ? [location]
            : Directory.Exists(location) ? Directory.GetFiles(location, pattern).Order(StringComparer.Ordinal).ToList()
            : [location];
    }
}
