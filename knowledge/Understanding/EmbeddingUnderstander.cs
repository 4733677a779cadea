namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Reads what no pattern lists: each clause of the message is compared by meaning (sentence embeddings) with the
/// example phrasings of the facts, and a clause close enough to one fact's examples says that fact. The rules come
/// first and keep deciding error codes, intents, hosts, negation and contrast: a fact they found, or its opposite,
/// is never overridden, a clause that denies something only matches an example that denies it too, and a clause on
/// the working side of a contrast only says a fact that tells what works. A message that describes the problem is
/// also compared as a whole with the known reports of each cause (<see cref="Understanding.Resemblance"/>).
/// </summary>
public sealed class EmbeddingUnderstander : IUnderstander
{
    /// <summary>
    /// Cosine similarity from which a clause says what its nearest example says. The model hardly tells a sentence
    /// from its opposite, so a lower bar also matched sentences on the same subject that say the reverse ("I can still
    /// reach other office PCs over the VPN" as every host failing).
    /// </summary>
    internal const float Threshold = 0.75f;

    /// <summary>How much closer the best fact must be than the next one; a clause between two facts says neither.</summary>
    internal const float Margin = 0.03f;

    /// <summary>A first message holds a handful of sentences; the rest of a long one is left to the rules.</summary>
    private const int MaxClauses = 8;

    private const int MinWords = 3;

    /// <summary>A message shorter than this ("yes", "Azure VM", "I get 0x904") describes too little to resemble a report.</summary>
    internal const int MinWordsToResemble = 6;

    private readonly IUnderstander rules;
    private readonly KnowledgeBase knowledge;
    private readonly ExampleIndex examples;
    private readonly ReportIndex reports;

    public EmbeddingUnderstander(IUnderstander rules, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(knowledge);
        this.rules = rules;
        this.knowledge = knowledge;
        examples = ExampleIndex.For(knowledge);
        reports = ReportIndex.For(knowledge);
    }

    public Understanding Understand(string text) => Read(text, compareWithReports: true);

    public ValueTask<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(Read(request.Text, request.CompareWithReports));
    }

    private Understanding Read(string text, bool compareWithReports)
    {
        var understanding = rules.Understand(text);
        if (examples.Examples.Count == 0 && reports.IsEmpty || string.IsNullOrWhiteSpace(text))
            return understanding;
        var normalised = ReportIndex.Normalised(text);
        var contrast = new Contrast(normalised);
        var clauses = examples.Examples.Count == 0 ? [] : ClauseSplitter.Split(normalised, MinWords)
            .Take(MaxClauses)
            .Select(c => (Text: normalised.Substring(c.Index, c.Length), WorkingSide: contrast.IsOnTheWorkingSide(c.Index + c.Length / 2)))
            .ToList();
        // The whole message is encoded on its own: in the clauses' batch every clause would be padded to its length.
        if (compareWithReports && !reports.IsEmpty && ClauseSplitter.CountWords(normalised) >= MinWordsToResemble)
            understanding = understanding with { Resemblance = reports.Resemblance(SentenceEmbeddings.Encode([normalised])[0]) };
        var vectors = SentenceEmbeddings.Encode(clauses.Select(c => c.Text).ToList());
        var facts = understanding.Facts.ToList();
        for (var i = 0; i < clauses.Count; i++)
        {
            // The working half of a contrast is not the case that fails: there a clause only says what works.
            if (Nearest(vectors[i], ExampleIndex.IsDenial(clauses[i].Text)) is { } fact && !facts.Contains(fact) && !OppositeIsSaid(fact, facts)
                && (!clauses[i].WorkingSide || TellsWhatWorks(fact)))
                facts.Add(fact);
        }
        return facts.Count == understanding.Facts.Count ? understanding : understanding with { Facts = facts };
    }

    private string? Nearest(float[] clause, bool denies)
    {
        var best = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var example in examples.Examples.Where(e => e.Denies == denies))
        {
            var similarity = SentenceEmbeddings.Similarity(clause, example.Vector);
            if (!best.TryGetValue(example.Fact, out var known) || similarity > known)
                best[example.Fact] = similarity;
        }
        var ranked = best.OrderByDescending(b => b.Value).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value < Threshold)
            return null;
        return ranked.Count == 1 || ranked[0].Value - ranked[1].Value >= Margin ? ranked[0].Key : null;
    }

    private bool TellsWhatWorks(string fact) => knowledge.Facts.TryGetValue(fact, out var known) && known.TellsWhatWorks;

    private bool OppositeIsSaid(string fact, List<string> facts) =>
        knowledge.Facts.TryGetValue(fact, out var known) && known.Opposite is { } opposite && facts.Contains(opposite);
}
