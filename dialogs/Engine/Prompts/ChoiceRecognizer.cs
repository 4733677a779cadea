using RdpHelpBot.Knowledge.Text;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Finds the choice a message means, trying the surest readings first: the clicked button, the exact label
/// or a synonym, a position, a label inside a longer sentence, part of a label, and last a misspelling.
/// The first reading that fits settles it; if it fits several choices equally, the answer is ambiguous.
/// </summary>
internal static class ChoiceRecognizer
{
    public static PromptRecognition<FoundChoice> Recognize(string? buttonValue, string text, IReadOnlyList<Choice> choices)
    {
        if (buttonValue is not null && FindByValue(buttonValue, choices) is { } clicked)
            return PromptRecognition.Matched(clicked);

        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || choices.Count == 0)
            return PromptRecognition.NoMatch<FoundChoice>();

        var candidates = Candidates(choices);
        var exact = new List<int>();
        foreach (var candidate in candidates)
        {
            if (candidate.Phrase == normalized)
                exact.Add(candidate.Index);
        }
        if (Decide(exact, choices) is { } byPhrase)
            return byPhrase;

        if (OrdinalParser.Parse(normalized, choices.Count) is { } position && position >= 1 && position <= choices.Count)
            return PromptRecognition.Matched(Found(choices, position - 1));

        var words = TextNormalizer.Words(normalized);
        var contained = new List<(int Index, int Score)>();
        foreach (var candidate in candidates)
        {
            if (ContainsSequence(words, candidate.Words))
                contained.Add((candidate.Index, -candidate.Words.Length));
        }
        if (Decide(Best(contained), choices) is { } bySentence)
            return bySentence;

        var partial = new List<int>();
        foreach (var candidate in candidates)
        {
            if (Array.TrueForAll(words, word => candidate.Words.Contains(word)))
                partial.Add(candidate.Index);
        }
        if (Decide(partial, choices) is { } byPart)
            return byPart;

        var misspelt = new List<(int Index, int Score)>();
        foreach (var candidate in candidates)
        {
            var edits = EditDistance.Between(normalized, candidate.Phrase);
            if (edits <= Misspelling.AllowedEdits(candidate.Phrase.Length))
                misspelt.Add((candidate.Index, edits));
        }
        return Decide(Best(misspelt), choices) ?? PromptRecognition.NoMatch<FoundChoice>();
    }

    private static FoundChoice? FindByValue(string value, IReadOnlyList<Choice> choices)
    {
        for (var index = 0; index < choices.Count; index++)
        {
            if (string.Equals(choices[index].Value, value, StringComparison.OrdinalIgnoreCase))
                return Found(choices, index);
        }
        return null;
    }

    /// <summary>Settles on the choices <paramref name="matches"/> names (in any order, repeats allowed; sorted here).</summary>
    private static PromptRecognition<FoundChoice>? Decide(List<int> matches, IReadOnlyList<Choice> choices)
    {
        matches.Sort();
        var distinct = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            if (i == 0 || matches[i] != matches[distinct - 1])
                matches[distinct++] = matches[i];
        }
        return distinct switch
        {
            0 => null,
            1 => PromptRecognition.Matched(Found(choices, matches[0])),
            _ => PromptRecognition.Ambiguous<FoundChoice>(matches.GetRange(0, distinct).ConvertAll(index => choices[index])),
        };
    }

    /// <summary>The choices with the lowest score.</summary>
    private static List<int> Best(List<(int Index, int Score)> scored)
    {
        var best = new List<int>();
        if (scored.Count == 0)
            return best;
        var lowest = int.MaxValue;
        foreach (var (_, score) in scored)
            lowest = Math.Min(lowest, score);
        foreach (var (index, score) in scored)
        {
            if (score == lowest)
                best.Add(index);
        }
        return best;
    }

    private static bool ContainsSequence(string[] words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, phrase.Length).SequenceEqual(phrase))
                return true;
        }
        return false;
    }

    private static List<Candidate> Candidates(IReadOnlyList<Choice> choices)
    {
        var candidates = new List<Candidate>();
        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            Add(candidates, index, choice.Value);
            Add(candidates, index, choice.Label);
            foreach (var synonym in choice.SynonymsOrEmpty)
                Add(candidates, index, synonym);
        }
        return candidates;
    }

    private static void Add(List<Candidate> candidates, int index, string phrase)
    {
        var normalized = TextNormalizer.Normalize(phrase);
        if (normalized.Length > 0)
            candidates.Add(new Candidate(index, normalized));
    }

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index) =>
        new(choices[index].Value, choices[index].Label, index);

    /// <summary>A phrase that names a choice; its words are split only when a reading past the exact one needs them.</summary>
    private sealed class Candidate(int index, string phrase)
    {
        public int Index { get; } = index;

        public string Phrase { get; } = phrase;

        public string[] Words => field ??= TextNormalizer.Words(Phrase);
    }
}
