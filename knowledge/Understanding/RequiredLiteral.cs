using System.Text;
using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// A piece of plain text every match of a pattern contains, so a message without it can skip the pattern.
/// Read conservatively: only the pattern's top level counts (never inside a group, a class or an alternation),
/// a quantified character is dropped, and a pattern using anything this does not understand has no literal.
/// </summary>
internal static class RequiredLiteral
{
    /// <summary>Shorter literals rule out too few messages to pay for the check.</summary>
    public const int MinimumLength = 3;

    private const string ArgumentFreeEscapes = "bBsSwWdD";

    private static readonly Regex InlineOptions = new(@"\(\?[imnsx-]*x", RegexOptions.CultureInvariant);

    /// <summary>The longest required ASCII literal of at least <see cref="MinimumLength"/> characters, or null.</summary>
    public static string? Of(string pattern)
    {
        // (?x) would make the pattern's spaces and # comments mean nothing.
        if (InlineOptions.IsMatch(pattern))
            return null;
        var runs = new List<string>();
        var run = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\' when i + 1 < pattern.Length:
                    var escaped = pattern[++i];
                    if (char.IsAsciiLetterOrDigit(escaped))
                    {
                        if (!ArgumentFreeEscapes.Contains(escaped, StringComparison.Ordinal))
                            return null;
                        EndRun(run, runs);
                    }
                    else if (depth == 0)
                    {
                        run.Append(escaped);
                    }
                    break;
                case '\\':
                    return null;
                case '[':
                    i = EndOfClass(pattern, i);
                    if (i < 0)
                        return null;
                    EndRun(run, runs);
                    break;
                case '(':
                    EndRun(run, runs);
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return null;
                case '?' or '*' or '{' or '+':
                    if (depth == 0 && c != '+' && run.Length > 0)
                        run.Length--;
                    EndRun(run, runs);
                    if (c == '{' && (i = pattern.IndexOf('}', i)) < 0)
                        return null;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                        i++;
                    break;
                case '.' or '^' or '$' or '|':
                    EndRun(run, runs);
                    break;
                default:
                    if (depth == 0)
                        run.Append(c);
                    break;
            }
        }
        EndRun(run, runs);
        var longest = runs.MaxBy(literal => literal.Length);
        return longest is { Length: >= MinimumLength } && Ascii.IsValid(longest) ? longest : null;
    }

    private static void EndRun(StringBuilder run, List<string> runs)
    {
        if (run.Length > 0)
            runs.Add(run.ToString());
        run.Clear();
    }

    private static int EndOfClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
            i++;
        if (i < pattern.Length && pattern[i] == ']')
            i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
                i++;
            else if (pattern[i] == '[')
                return -1;
            else if (pattern[i] == ']')
                return i;
        }
        return -1;
    }
}
