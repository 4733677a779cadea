using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// "It fails over the VPN but works without it", "the Store app fails, mstsc works fine", "It fails over the VPN.
/// Without it, it's fine.": in a contrast between a clause that fails and one that works (or a sentence that works
/// under a condition it names), what the working side names is not the case that fails. A phrase there
/// counts only when it speaks of the working itself ("by IP it works" says works-by-ip, "mstsc connects without problems"
/// says another client works).
/// </summary>
internal sealed partial class Contrast
{
    [GeneratedRegex(
        @"\b(?:fail\w*|error\w*|can'?t|cannot|can not|couldn'?t|unable|won'?t|doesn'?t work|does not work|didn'?t work|not working|isn'?t working|broken|dies|drops?|refused|0x904)\b",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Fails { get; }

    // Present tense only: "it worked until Monday" is history, not the other side of a contrast. "My work laptop" and
    // "at work" are places, not working, and "I work from home" is a job.
    [GeneratedRegex(
        @"(?<!\b(?:my|our|your|his|her|their|at|from|for|to|of|the|i|we|you|they)\s)\bworks?\b(?!\s+(?:pcs?|laptops?|computers?|desktops?|machines?|accounts?|e-?mail|network|phone|hours|days?)\b)"
        + @"|\b(?:succeeds?|is fine|are fine|(?:it'?s|its|that'?s) fine|can (?:connect|get in|log ?in|sign in)|(?:it|that|rdp|mstsc) connects|(?:is|are|it'?s|its) working)\b|\b(?:it|that) does\s*$",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Works { get; }

    // "Without the VPN it's fine.", "From home it works.": a sentence of its own that names the condition it works under.
    // Not "if" or "when": "If someone wiggles the mouse it works again" tells what brings the failing case back.
    [GeneratedRegex(
        @"^\W*(?:(?:but|however|whereas|yet)\W+)?(?:without|with|from|over|via|through|using|on|in|at|by|outside)\b",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Condition { get; }

    [GeneratedRegex(@"[.!?;]+(?=\s|$)|\n+", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceEnd { get; }

    [GeneratedRegex(@",?\s*\b(?:but|however|whereas|while|though|although|yet)\b", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex ContrastWord { get; }

    // A phrase that itself says something works ("mstsc connects without problems") speaks of the working side.
    [GeneratedRegex(
        @"\b(?:works?|working|connects?|succeeds?|opens?|fine|ok|okay|no problems?|without (?:a |any )?(?:problems?|issues?))\b",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex SaysWorking { get; }

    private readonly List<(TextSpan Clause, IReadOnlyList<TextSpan> WorkWords)> working = [];
    private readonly string text;

    public Contrast(string text)
    {
        this.text = text;
        var sentences = Pieces(text, SentenceEnd, new TextSpan(0, text.Length))
            .Select(sentence => Pieces(text, ContrastWord, sentence))
            .Select(clauses => (Clauses: clauses, Says: clauses.Select(c => Outcome(text.Substring(c.Index, c.Length))).ToList()))
            .ToList();
        var failsSomewhere = sentences.Any(s => s.Says.Contains(Said.Fails));
        foreach (var (clauses, says) in sentences)
        {
            // A sentence that only works is the other side of a failure told in another sentence when it names its condition.
            var isWorkingSide = says.Contains(Said.Fails)
                || failsSomewhere && says.Contains(Said.Works) && Condition.HasMatchIn(text.Substring(clauses[0].Index, clauses[^1].End - clauses[0].Index));
            if (!isWorkingSide)
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
            && !w.WorkWords.Any(word => word.Index < end && word.End > start))
        && !SaysWorking.HasMatchIn(text[start..end]);

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
