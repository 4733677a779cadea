using System.Text.RegularExpressions;

namespace RdpHelpBot.Bot.Channels.Console;

/// <summary>Turns the replies' Markdown subset into plain terminal text: emphasis and code marks go, links show their address.</summary>
internal static partial class TerminalMarkdown
{
    public static string ToPlainText(string markdown)
    {
        var text = Link().Replace(markdown, "$1 ($2)");
        text = Bold().Replace(text, "$1");
        text = Italic().Replace(text, "$1");
        return Code().Replace(text, "$1");
    }

    [GeneratedRegex(@"\[([^\]\n]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*")]
    private static partial Regex Bold();

    // A lone star between words or at a list's start stays: only *text* hugging its stars is emphasis.
    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex Code();
}
