using System.Text.RegularExpressions;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering;

/// <summary>
/// Turns the replies' Markdown subset into the subset Adaptive Card text supports: bold, italic (written
/// <c>_x_</c>), links and lists stay; inline code has no card form, so its marks go and its text stays.
/// </summary>
internal static partial class CardMarkdown
{
    public static string FromReplyMarkdown(string markdown)
    {
        var text = Code().Replace(markdown, "$1");
        return Italic().Replace(text, "_$1_");
    }

    /// <summary>The text's first line without marks, short enough for a notification.</summary>
    public static string ToPlainLine(string markdown, int maxLength = 120)
    {
        var line = markdown.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var text = Link().Replace(Code().Replace(line, "$1"), "$1").Replace("**", "", StringComparison.Ordinal);
        text = Italic().Replace(text, "$1").Trim();
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
    }

    [GeneratedRegex(@"\[([^\]\n]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    // A lone star between words or at a list's start stays: only *text* hugging its stars is emphasis.
    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex Code();
}
