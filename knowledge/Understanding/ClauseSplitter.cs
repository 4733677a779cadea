using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Cuts a message into clauses: sentences, and the halves of a contrast ("X fails but Y works"), so each says one
/// thing about the case and a denial stays with what it denies.
/// </summary>
internal static partial class ClauseSplitter
{
    [GeneratedRegex(
        @"[.!?;]+(?=\s|$)|\n+|,?\s+\b(?:but|however|although|though|whereas|while|except|yet)\b",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Break { get; }

    [GeneratedRegex(@"[a-z0-9']+", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Word { get; }

    public static int CountWords(string normalised) => Word.MatchesOf(normalised).Count;

    public static IReadOnlyList<TextSpan> Split(string normalised, int minWords)
    {
        var clauses = new List<TextSpan>();
        var start = 0;
        foreach (var match in Break.MatchesOf(normalised).Append(null))
        {
            var end = match?.Index ?? normalised.Length;
            if (end > start && Word.MatchesOf(normalised[start..end]).Count >= minWords)
                clauses.Add(new TextSpan(start, end - start));
            start = match is null ? end : match.Index + match.Length;
        }
        return clauses;
    }
}
