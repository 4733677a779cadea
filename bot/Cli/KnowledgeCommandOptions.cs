using System.CommandLine;

namespace RdpHelpBot.Bot.Cli;

internal static class KnowledgeCommandOptions
{
    /// <summary>Where to read knowledge from instead of the built-in files.</summary>
    public static Option<string?> PathOption() => new("--path")
    {
        Description = "A folder of knowledge YAML files to use instead of the built-in knowledge.",
    };
}
