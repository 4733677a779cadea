using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Finds what the user wants, in order of appearance. Praise that is denied ("that didn't fix it", "not working
/// now") counts as <see cref="IntentKind.DidNotWork"/>. Check and watch requests carry the host of the message.
/// </summary>
internal static partial class IntentReader
{
    [GeneratedRegex(
        @"\b(?:not|never|no|didn'?t|doesn'?t|hasn'?t|haven'?t|isn'?t|wasn'?t|won'?t|did not|does not|has not|is not)\s+(?:\w+\s+)?$",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex DeniedJustBefore { get; }

    /// <param name="corrected">The normalised, typo-corrected message.</param>
    /// <param name="reportsProblem">The message also carries an error code or a fact.</param>
    /// <param name="host">The host the message names, if any.</param>
    public static IReadOnlyList<Intent> Read(string corrected, bool reportsProblem, string? host, ReadingBudget budget)
    {
        List<(int Position, IntentKind Kind)>? found = null;
        foreach (var phrase in IntentPhrases.Set.MayMatch(corrected))
        {
            if (budget.IsSpent)
            {
                break;
            }
            if (phrase.Rule == PhraseRule.UnlessProblemReport && reportsProblem || phrase.Rule == PhraseRule.NeedsHost && host is null)
            {
                continue;
            }
            foreach (var span in phrase.Pattern.Regex.SpansOf(corrected))
            {
                (found ??= []).Add((span.Index, KindOf(phrase, span, corrected)));
            }
        }
        if (found is null)
        {
            return [];
        }
        return found
            .OrderBy(f => f.Position)
            .Select(f => f.Kind)
            .Distinct()
            .Select(kind => new Intent(kind, kind is IntentKind.CheckHost or IntentKind.WatchHost or IntentKind.StopWatching ? host : null))
            .ToList();
    }

    private static IntentKind KindOf(IntentPhrase phrase, TextSpan match, string text) =>
        phrase.Kind == IntentKind.Worked && DeniedJustBefore.HasMatchIn(TextWindow.Before(text, match.Index)) ? IntentKind.DidNotWork : phrase.Kind;
}
