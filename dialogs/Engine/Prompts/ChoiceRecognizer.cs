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
        var exact = candidates.Where(c => c.Phrase == normalized).Select(c => c.Index);
        if (Decide(exact, choices) is { } byPhrase)
            return byPhrase;

        if (OrdinalParser.Parse(normalized, choices.Count) is { } position && position >= 1 && position <= choices.Count)
            return PromptRecognition.Matched(Found(choices, position - 1));

        var words = TextNormalizer.Words(normalized);
        var contained = Best(candidates
            .Where(c => ContainsSequence(words, c.Words))
            .Select(c => (c.Index, Score: -c.Words.Length)));
        if (Decide(contained, choices) is { } bySentence)
            return bySentence;

        var partial = candidates.Where(c => words.All(word => c.Words.Contains(word))).Select(c => c.Index);
        if (Decide(partial, choices) is { } byPart)
            return byPart;

        var misspelt = Best(candidates
            .Select(c => (c.Index, Score: EditDistance.Between(normalized, c.Phrase), c.Phrase.Length))
            .Where(c => c.Score <= Misspelling.AllowedEdits(c.Length))
            .Select(c => (c.Index, c.Score)));
        return Decide(misspelt, choices) ?? PromptRecognition.NoMatch<FoundChoice>();
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

    private static PromptRecognition<FoundChoice>? Decide(IEnumerable<int> matches, IReadOnlyList<Choice> choices)
    {
        var distinct = matches.Distinct().Order().ToList();
        return distinct.Count switch
        {
            0 => null,
            1 => PromptRecognition.Matched(Found(choices, distinct[0])),
            _ => PromptRecognition.Ambiguous<FoundChoice>(distinct.ConvertAll(index => choices[index])),
        };
    }

    /// <summary>The choices with the lowest score.</summary>
    private static IEnumerable<int> Best(IEnumerable<(int Index, int Score)> scored)
    {
        var list = scored.ToList();
        if (list.Count == 0)
            return [];
        var best = list.Min(s => s.Score);
        return list.Where(s => s.Score == best).Select(s => s.Index);
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
            foreach (var phrase in choice.SynonymsOrEmpty.Prepend(choice.Label).Prepend(choice.Value))
            {
                var normalized = TextNormalizer.Normalize(phrase);
                if (normalized.Length > 0)
                    candidates.Add(new Candidate(index, normalized, TextNormalizer.Words(normalized)));
            }
        }
        return candidates;
    }

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index) =>
        new(choices[index].Value, choices[index].Label, index);

    private sealed record Candidate(int Index, string Phrase, string[] Words);
}
