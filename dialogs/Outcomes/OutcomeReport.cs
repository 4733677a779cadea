using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Outcomes;

/// <summary>The figures a helpdesk lead wants from recorded cases.</summary>
public sealed record OutcomeReport(
    int Cases,
    double ResolutionRate,
    double EscalationRate,
    double? MedianTurnsToFix,
    IReadOnlyDictionary<HostContext, IReadOnlyList<FixTally>> TopFixesByContext)
{
    public static OutcomeReport From(IReadOnlyCollection<CaseOutcome> outcomes, int topFixes = 3)
    {
        var resolved = outcomes.Where(o => o.Ending == CaseEnding.Resolved).ToList();
        var turnsToFix = resolved.Where(o => o.TurnsToFix is not null).Select(o => o.TurnsToFix!.Value).Order().ToList();
        var topByContext = resolved
            .Where(o => o.ResolvedBy is not null)
            .GroupBy(o => o.Context)
            .OrderBy(g => g.Key)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<FixTally>)g.GroupBy(o => o.ResolvedBy!)
                    .Select(f => new FixTally(f.Key, f.Count()))
                    .OrderByDescending(t => t.Resolved).ThenBy(t => t.FixId, StringComparer.Ordinal)
                    .Take(topFixes)
                    .ToList());
        return new OutcomeReport(
            outcomes.Count,
            Rate(resolved.Count, outcomes.Count),
            Rate(outcomes.Count(o => o.Ending == CaseEnding.Escalated), outcomes.Count),
            Median(turnsToFix),
            topByContext);
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double? Median(IReadOnlyList<int> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    };
}

public sealed record FixTally(string FixId, int Resolved);
