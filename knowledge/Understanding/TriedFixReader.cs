using System.Text.RegularExpressions;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Finds the fixes a message says were already tried without success ("already tried redeploying, same error",
/// "restarted the server twice, no change"), in order of appearance. Naming the action is not enough: the message
/// must say it was tried ("tried", "already") or that it did not help ("still", "same error", "no change"). A denied
/// action ("haven't restarted it yet", "didn't redeploy") was not tried, and one that helped ("rebooted the server
/// and it worked for a day") did not fail.
/// </summary>
internal sealed partial class TriedFixReader
{
    // How far after the action a "still", "same error" or "didn't help" may stand and speak of it.
    private const int ResultWindow = 80;

    // "already tried redeploying", "we already restarted it": the attempt is said close before the action.
    [GeneratedRegex(@"\b(?:tried|attempted|already)\s+(?:[\w']+\s+){0,3}$", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex TriedJustBefore { get; }

    [GeneratedRegex(@"\balready\b", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Already { get; }

    [GeneratedRegex(
        @"\b(?:still|same (?:error|issue|problem|thing|result|message|code|story|0x\w+)|no (?:change|luck|joy|dice|difference|improvement|success|effect)"
        + @"|nothing (?:changed|helped)|did nothing|to no avail|without (?:success|luck|any (?:change|effect))|(?:made|makes) no difference"
        + @"|(?:didn'?t|did not|doesn'?t|does not|hasn'?t|has not|won'?t) (?:help|fix|work|change|solve|resolve|make)|not (?:helped|fixed|solved|resolved))\b",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex DidNotHelp { get; }

    // "and it worked for a day": the action helped, at least for a while.
    [GeneratedRegex(
        @"(?<!\bnot\s|n'?t\s|\bnever\s)\b(?:fixed|fixes|solved|solves|helped|helps|worked|works|cleared)\b",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Helped { get; }

    [GeneratedRegex(
        @"\b(?:not|never|haven'?t|have not|hasn'?t|has not|didn'?t|did not|don'?t|do not|won'?t|will not|can'?t|cannot|couldn'?t|could not|yet to|before (?:i|we))\s+(?:\w+\s+){0,3}$",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex NotTriedBefore { get; }

    [GeneratedRegex(@"[.!?;]+(?=\s|$)|\n", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceEnd { get; }

    private readonly TextPatternSet<TriedPattern> patterns;

    public TriedFixReader(IEnumerable<Fix> fixes) =>
        patterns = new(fixes.SelectMany(f => f.TriedPatterns.Select(p => TriedPattern.Compile(f, p))).ToList(), p => p.Pattern);

    public IReadOnlyList<string> Read(string corrected, ReadingBudget budget)
    {
        var found = new List<(int Position, string FixId)>();
        foreach (var pattern in patterns.MayMatch(corrected))
        {
            if (budget.IsSpent)
            {
                break;
            }
            foreach (var span in pattern.Pattern.Regex.SpansOf(corrected))
            {
                if (WasTriedInVain(corrected, span))
                {
                    found.Add((span.Index, pattern.FixId));
                }
            }
        }
        return found.OrderBy(f => f.Position).Select(f => f.FixId).Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool WasTriedInVain(string text, TextSpan action)
    {
        var before = SentenceBefore(text, action.Index);
        if (NotTriedBefore.HasMatchIn(before) || Negation.IsDenied(text, action.Index, action.End))
        {
            return false;
        }
        var after = text[action.End..Math.Min(text.Length, action.End + ResultWindow)];
        if (DidNotHelp.HasMatchIn(after) || DidNotHelp.HasMatchIn(before))
        {
            return true;
        }
        return !Helped.HasMatchIn(after) && (TriedJustBefore.HasMatchIn(before) || Already.HasMatchIn(FirstClause(after)));
    }

    private static string SentenceBefore(string text, int position)
    {
        var window = TextWindow.Before(text, position);
        var lastEnd = SentenceEnd.MatchesOf(window).LastOrDefault();
        return lastEnd is null ? window : window[(lastEnd.Index + lastEnd.Length)..];
    }

    // "we reset the cert already": an "already" after the action counts only in the action's own clause.
    private static string FirstClause(string after)
    {
        var end = after.IndexOfAny([',', '.', ';', '!', '?', '\n']);
        return end < 0 ? after : after[..end];
    }

    private sealed record TriedPattern(string FixId, TextPattern Pattern)
    {
        public static TriedPattern Compile(Fix fix, string pattern)
        {
            try
            {
                return new TriedPattern(fix.Id, TextPattern.Create(pattern));
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException(
                    $"{fix.Location}: fix '{fix.Id}' has an invalid tried pattern '{pattern}': {e.Message}", e);
            }
        }
    }
}
