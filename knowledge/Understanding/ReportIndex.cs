using System.Collections.Concurrent;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// The knowledge's known reports with their sentence vectors, encoded once per set of reports (every conversation
/// host and command of a process shares them), and how much a new message reads like each cause's reports.
/// </summary>
internal sealed class ReportIndex
{
    /// <summary>A cause's resemblance is the mean similarity of its closest few reports: one lookalike is not enough.</summary>
    internal const int Neighbours = 5;

    private static readonly ConcurrentDictionary<string, Lazy<ReportIndex>> Built = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<(string Cause, float[] Vector)> reports;

    private ReportIndex(IReadOnlyList<(string Cause, float[] Vector)> reports) => this.reports = reports;

    public bool IsEmpty => reports.Count == 0;

    public static ReportIndex For(KnowledgeBase knowledge)
    {
        var known = knowledge.Reports
            .Where(r => knowledge.Causes.ContainsKey(r.Cause))
            .Select(r => (r.Cause, Text: Normalised(r.Text)))
            .ToList();
        var key = string.Join("\n", known.Select(r => $"{r.Cause}\t{r.Text}"));
        return Built.GetOrAdd(key, _ => new Lazy<ReportIndex>(() => Encode(known))).Value;
    }

    /// <summary>The text a report or a message is compared as.</summary>
    public static string Normalised(string text) => TextNormaliser.Normalise(ReadingLimits.ReadablePart(text));

    /// <summary>For each cause with known reports, how much the message's vector reads like them (cosine, −1 to 1).</summary>
    public IReadOnlyDictionary<string, double> Resemblance(float[] message) =>
        reports
            .Select(r => (r.Cause, Similarity: SentenceEmbeddings.Similarity(message, r.Vector)))
            .GroupBy(r => r.Cause, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => Math.Round(g.Select(r => (double)r.Similarity).OrderDescending().Take(Neighbours).Average(), 3),
                StringComparer.Ordinal);

    private static ReportIndex Encode(IReadOnlyList<(string Cause, string Text)> known)
    {
        var vectors = VectorCache.Encode("reports", known.Select(r => r.Text).ToList());
        return new ReportIndex(known.Select((r, i) => (r.Cause, vectors[i])).ToList());
    }
}
