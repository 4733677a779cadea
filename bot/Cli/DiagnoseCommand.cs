using System.CommandLine;

namespace RdpHelpBot.Bot.Cli;

/// <summary><c>diagnose "free text" [--answer q=a ...]</c>: the engine's view of a report, for maintainers.</summary>
internal static class DiagnoseCommand
{
    public static Command Build()
    {
        var text = new Argument<string>("text") { Description = "What the user wrote." };
        var command = new Command("diagnose", "Rank causes, order fixes and pick the next question for a report.") { text };
        command.SetAction(parseResult =>
        {
            Console.Error.WriteLine("diagnose: the diagnosis engine is not wired in yet.");
            return 2;
        });
        return command;
    }
}
