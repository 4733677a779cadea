using System.CommandLine;
using RdpHelpBot.Bot.Cli;

namespace RdpHelpBot.Bot.Tests.Cli;

/// <summary>Runs the bot's command line in-process with its output captured.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = BotCommandLine.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
