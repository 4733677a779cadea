using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Learning;

/// <summary>How many cases each cause turned out to be, per host context, among the resolved cases.</summary>
public sealed class ResolvedCauseCounts
{
    public static readonly ResolvedCauseCounts None = new(new Dictionary<(string, HostContext), int>());

    private readonly IReadOnlyDictionary<(string Cause, HostContext Context), int> _counts;
    private readonly IReadOnlyDictionary<HostContext, int> _totals;

    private ResolvedCauseCounts(IReadOnlyDictionary<(string Cause, HostContext Context), int> counts)
    {
        _counts = counts;
        _totals = counts.GroupBy(entry => entry.Key.Context).ToDictionary(g => g.Key, g => g.Sum(entry => entry.Value));
    }

    /// <summary>
    /// Counts resolved cases by the cause they resolved. A cause the knowledge no longer has is skipped: it
    /// cannot be ranked. The unknown context counts every resolved case, since any host may be behind it.
    /// </summary>
    public static ResolvedCauseCounts From(IEnumerable<CaseOutcome> outcomes, KnowledgeBase knowledge)
    {
        var counts = new Dictionary<(string, HostContext), int>();
        foreach (var outcome in outcomes)
        {
            if (outcome.Ending != CaseEnding.Resolved || outcome.ResolvedCause is not { } cause || !knowledge.Causes.ContainsKey(cause))
            {
                continue;
            }
            Add(counts, cause, outcome.Context);
            if (outcome.Context != HostContext.Unknown)
            {
                Add(counts, cause, HostContext.Unknown);
            }
        }
        return new ResolvedCauseCounts(counts);
    }

    /// <summary>Resolved cases whose cause the knowledge still has; the unknown context counts them all.</summary>
    public int Cases => Total(HostContext.Unknown);

    public int Count(string cause, HostContext context) => _counts.GetValueOrDefault((cause, context));

    public int Total(HostContext context) => _totals.GetValueOrDefault(context);

    private static void Add(Dictionary<(string, HostContext), int> counts, string cause, HostContext context) =>
        counts[(cause, context)] = counts.GetValueOrDefault((cause, context)) + 1;
}
