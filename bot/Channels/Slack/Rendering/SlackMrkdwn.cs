using System.Text.RegularExpressions;

namespace RdpHelpBot.Bot.Channels.Slack.Rendering;

/// <summary>
/// Turns the replies' Markdown subset into Slack's mrkdwn: <c>**bold**</c> → <c>*bold*</c>, <c>*italic*</c> →
/// <c>_italic_</c>, <c>[label](url)</c> → <c>&lt;url|label&gt;</c>, <c>- </c> lists → bullets. The three
/// characters Slack reserves (&amp;, &lt;, &gt;) are escaped first so user text cannot ping @channel or forge links.
/// </summary>
internal static partial class SlackMrkdwn
{
    private const char BoldMark = '\u0001';

    public static string FromMarkdown(string markdown)
    {
        var text = Escape(markdown);
        text = Link().Replace(text, "<$2|$1>");
        text = Bold().Replace(text, $"{BoldMark}$1{BoldMark}");
        text = Italic().Replace(text, "_$1_");
        text = text.Replace(BoldMark, '*');
        return Bullet().Replace(text, "$1• ");
    }

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A code block; a fence inside the code would end the block early, so it is broken up.</summary>
    public static string CodeBlock(string code) =>
        $"```\n{Escape(code).Replace("```", "`\u200b``", StringComparison.Ordinal)}\n```";

    [GeneratedRegex(@"\[([^\]\n]+)\]\(([^)\s|]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"(?m)^(\s*)- ")]
    private static partial Regex Bullet();
}
