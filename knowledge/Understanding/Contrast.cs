using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// "It fails over the VPN but works without it", "the Store app fails, mstsc works fine": in a contrast between a
/// clause that fails and one that works, what the working clause names is not the case that fails. A phrase there
/// counts only when it speaks of the working itself ("by IP it works" says works-by-ip).
/// </summary>
internal sealed class Contrast
{
    private static readonly Regex Fails = TextPatterns.Create(
        @"\b(?:fail\w*|error\w*|can'?t|cannot|can not|couldn'?t|unable|won'?t|doesn'?t work|does not work|didn'?t work|not working|isn'?t working|broken|dies|drops?|refused|0x904)\b");

    // Present tense only: "it worked until Monday" is history, not the other side of a contrast.
    private static readonly Regex Works = TextPatterns.Create(
        @"\b(?:works?|succeeds?|is fine|are fine|can (?:connect|get in|log ?in|sign in))\b|\b(?:it|that) does\s*$");

    private static readonly Regex SentenceEnd = TextPatterns.Create(@"[.!?;]+(?=\s|$)|\n+");

    private static readonly Regex ContrastWord = TextPatterns.Create(@",?\s*\b(?:but|however|whereas|while|though|although|yet)\b");

    private readonly List<(TextSpan Clause, IReadOnlyList<TextSpan> WorkWords)> working = [];

    public Contrast(string text)
    {
        foreach (var sentence in Pieces(text, SentenceEnd, new TextSpan(0, text.Length)))
        {
            var clauses = Pieces(text, ContrastWord, sentence);
            var says = clauses.Select(c => Outcome(text.Substring(c.Index, c.Length))).ToList();
            if (!says.Contains(Said.Fails))
                continue;
            foreach (var (clause, said) in clauses.Zip(says).Where(c => c.Second == Said.Works))
            {
                var words = Works.SpansOf(text.Substring(clause.Index, clause.Length)).Select(w => new TextSpan(clause.Index + w.Index, w.Length)).ToList();
                working.Add((clause, words));
            }
        }
    }

    /// <summary>The text at <paramref name="position"/> is in the working half of a contrast.</summary>
    public bool IsOnTheWorkingSide(int position) => working.Any(w => position >= w.Clause.Index && position < w.Clause.End);

    /// <summary>The phrase at [start, end) sits in the working half of a contrast and does not speak of the working.</summary>
    public bool NamesTheWorkingSide(int start, int end) =>
        working.Any(w => start >= w.Clause.Index && start < w.Clause.End
            && !w.WorkWords.Any(word => word.Index < end && word.End > start));

    private static List<TextSpan> Pieces(string text, Regex separator, TextSpan within)
    {
        var pieces = new List<TextSpan>();
        var start = within.Index;
        foreach (var match in separator.MatchesOf(text.Substring(within.Index, within.Length)))
        {
            pieces.Add(new TextSpan(start, within.Index + match.Index - start));
            start = within.Index + match.Index + match.Length;
        }
        pieces.Add(new TextSpan(start, within.End - start));
        return pieces;
    }

    private static Said Outcome(string clause) =>
        Fails.HasMatchIn(clause) ? Said.Fails : Works.HasMatchIn(clause) ? Said.Works : Said.Neither;

    private enum Said
    {
        Neither,
        Fails,
        Works,
    }
}
