using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// The example phrasings of the knowledge's facts with their sentence vectors, encoded once per set of examples
/// (every conversation host and command of a process shares them).
/// </summary>
internal sealed partial class ExampleIndex
{
    private static readonly ConcurrentDictionary<string, Lazy<ExampleIndex>> Built = new(StringComparer.Ordinal);

    [GeneratedRegex(
        @"\b(?:not|no|never|nothing|nobody|none|neither|nor|without|can'?t|cannot|couldn'?t|won'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t)\b",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Denial { get; }

    private ExampleIndex(IReadOnlyList<Example> examples) => Examples = examples;

    public IReadOnlyList<Example> Examples { get; }

    public static ExampleIndex For(KnowledgeBase knowledge)
    {
        var sentences = knowledge.Examples
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .SelectMany(e => e.Value.Select(says => (Fact: e.Key, Says: says)))
            .ToList();
        var key = string.Join("\n", sentences.Select(s => $"{s.Fact}\t{s.Says}"));
        return Built.GetOrAdd(key, _ => new Lazy<ExampleIndex>(() => Encode(sentences))).Value;
    }

    /// <summary>Whether a clause says no to something; a clause and its nearest example must agree on it.</summary>
    public static bool IsDenial(string text) => Denial.HasMatchIn(text);

    private static ExampleIndex Encode(IReadOnlyList<(string Fact, string Says)> sentences)
    {
        var vectors = VectorCache.Encode("examples", sentences.Select(s => s.Says).ToList());
        return new ExampleIndex(sentences
            .Select((s, i) => new Example(s.Fact, vectors[i], IsDenial(TextNormaliser.Normalise(s.Says))))
            .ToList());
    }

    internal sealed record Example(string Fact, float[] Vector, bool Denies);
}
