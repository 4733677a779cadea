using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Tells whether a phrase is denied by the words around it in its clause: "not over VPN", "we don't use a VPN",
/// "VPN is not involved", "VPN: no". Only words that deny the phrase itself count, so in "I can't connect to my
/// Azure VM" the Azure VM stays a fact.
/// </summary>
internal static partial class Negation
{
    private const string Negator =
        @"(?:not|no|without|never|nor|neither|don'?t|do not|doesn'?t|does not|didn'?t|did not|isn'?t|is not|aren'?t|are not"
        + @"|wasn'?t|was not|weren'?t|were not|haven'?t|have not|hasn'?t|has not|hadn'?t|had not|i'?m not|we'?re not)";

    // Words that may stand between the negator and the phrase it denies ("don't use a", "not connecting over the").
    private const string Bridge =
        @"(?:use|uses|using|used|have|has|had|run|runs|running|ran|on|over|via|through|behind|in|an|a|the|any|our|my"
        + @"|we|i|it|been|connect|connecting|connected|go|going|even|really|actually|install|installed|involve|involved"
        + @"|with|from|got|get|need|needs|needed|require|requires|required)";

    [GeneratedRegex($@"\b{Negator}\s+(?:{Bridge}\s+){{0,4}}$", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex DeniedBefore { get; }

    [GeneratedRegex(
        @"^\s*(?:(?:(?:is|was|are|were)\s+not|isn'?t|wasn'?t|aren'?t|weren'?t)\s+(?:used|involved|in use|on|running|installed|enabled|connected|in place)\b"
        // "drain mode is off", "the VPN was switched off": a setting named and then said to be off.
        + @"|(?:is|was|are|were)\s+(?:(?:already|still|definitely)\s+)?(?:off|turned off|switched off)\b"
        + @"|[:=-]\s*(?:no|none|off|n/?a|not used)\b(?!\s*\w))",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex DeniedAfter { get; }

    [GeneratedRegex(
        @"[.,;:!?](?=\s|$)|\n|\b(?:but|however|although|though|whereas|while|and then)\b",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex ClauseBreak { get; }

    // "No I always log off properly", "nope, we use mstsc": a "no" that answers the question, then a subject, denies nothing after it.
    [GeneratedRegex(@"^\s*(?:no|nope|nah)\b[\s,!.-]*(?=(?:i|we|you|they|he|she|it|my|our)\b)", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex AnswerNo { get; }

    public static bool IsDenied(string text, int start, int end) =>
        DeniedBefore.HasMatchIn(ClauseBefore(text, start, end)) || DeniedAfter.HasMatchIn(text[end..]);

    private static string ClauseBefore(string text, int start, int end)
    {
        var windowStart = Math.Max(0, start - TextWindow.Length);
        var prefix = text[windowStart..start];
        var lastBreak = ClauseBreak.MatchesOf(prefix).LastOrDefault();
        var clauseStart = lastBreak is null ? 0 : lastBreak.Index + lastBreak.Length;
        var answer = AnswerNo.FirstMatchOf(text[(windowStart + clauseStart)..end]);
        return prefix[(clauseStart + Math.Min(answer?.Length ?? 0, prefix.Length - clauseStart))..];
    }
}
