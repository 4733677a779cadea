using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Repairs typos in the words the readers look for ("azrue" → "azure", "strat over" → "start over"), so the
/// patterns can stay exact. A word is replaced only when exactly one key word is nearest to it; known words,
/// short words and parts of names, paths or contractions ("rdp01.contoso.com", "mstsc.exe", "don't") are kept.
/// </summary>
internal sealed partial class TypoCorrector
{
    [GeneratedRegex(@"(?<![\w.@/\\'-])[a-z]{4,}(?![\w@/\\'-]|[.:]\w)", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex PlainWord { get; }
    private static readonly string[] Inflections = ["s", "es", "ed", "d", "ing", "er", "ers", "ly"];

    private readonly HashSet<string> known;
    private readonly IReadOnlyList<string> targets;

    public TypoCorrector()
        : this(Vocabulary.TypoTargets)
    {
    }

    public TypoCorrector(IEnumerable<string> targetWords)
    {
        var words = targetWords.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        targets = words.Where(w => WordSimilarity.AllowedTypos(w.Length) > 0).ToList();
        known = new HashSet<string>(words.Concat(Vocabulary.CommonWords), StringComparer.Ordinal);
    }

    /// <summary>Corrects a normalised (lower-case) text.</summary>
    public string Correct(string normalised)
    {
        // Uncorrected text is still readable; a timeout loses only the typo tolerance.
        return TextPatterns.WithinTimeout(PlainWord, normalised, (regex, text) => regex.Replace(text, m => CorrectWord(m.Value)), normalised);
    }

    internal string CorrectWord(string word)
    {
        if (known.Contains(word) || IsInflectionOfTarget(word))
        {
            return word;
        }
        var best = int.MaxValue;
        string? choice = null;
        var tied = false;
        foreach (var target in targets)
        {
            var distance = WordSimilarity.Distance(word, target);
            if (distance < best)
            {
                (best, choice, tied) = (distance, target, false);
            }
            else if (distance == best && distance != int.MaxValue)
            {
                tied = true;
            }
        }
        return choice is not null && !tied ? choice : word;
    }

    // "checks", "agents", "restarted" are words in their own right, not typos of "check", "agent", "restart".
    private bool IsInflectionOfTarget(string word) =>
        Inflections.Any(ending => word.EndsWith(ending, StringComparison.Ordinal) && known.Contains(word[..^ending.Length]));
}
