using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>
/// Orders the fixes still worth trying by the chance they resolve the case, putting the cheaper and safer one
/// first when two are about as likely to help.
/// </summary>
internal sealed class FixRanker(KnowledgeBase knowledge, DiagnosisOptions options)
{
    public IReadOnlyList<RankedFix> Rank(IReadOnlyList<RankedCause> causes, CaseEvidence evidence)
    {
        var remaining = Candidates(causes, evidence);
        var ranked = new List<RankedFix>();
        while (remaining.Count > 0)
        {
            var leader = remaining[0];
            var chosen = remaining
                .Where(c => c.Likelihood >= options.CloseScoreRatio * leader.Likelihood)
                .OrderBy(c => c.Fix.Risk)
                .ThenBy(c => c.Fix.EffortMinutes)
                .ThenBy(remaining.IndexOf)
                .First();
            remaining.Remove(chosen);
            var overtaken = chosen == leader ? null : leader.Fix;
            ranked.Add(chosen with { Reason = FixReasons.For(chosen, ranked.Count, causes, overtaken) });
        }
        return ranked;
    }

    /// <summary>Each fix once, by likelihood, then id; its cause is the one contributing most.</summary>
    private List<RankedFix> Candidates(IReadOnlyList<RankedCause> causes, CaseEvidence evidence)
    {
        var contributions = causes
            .SelectMany(ranked => ranked.Cause.Fixes.DistinctBy(causeFix => causeFix.Fix).Select(causeFix => (causeFix.Fix, ranked, Share: ranked.Probability * causeFix.Success)))
            .Where(c => knowledge.Fixes.ContainsKey(c.Fix) && !evidence.HasFailed(c.Fix) && !evidence.HasSkipped(c.Fix));
        return contributions
            .GroupBy(c => c.Fix, StringComparer.Ordinal)
            .Select(group =>
            {
                var main = group.OrderByDescending(c => c.Share).ThenBy(c => c.ranked.Cause.Id, StringComparer.Ordinal).First();
                return new RankedFix(knowledge.Fixes[group.Key], main.ranked.Cause, group.Sum(c => c.Share), "");
            })
            .OrderByDescending(fix => fix.Likelihood)
            .ThenBy(fix => fix.Fix.Id, StringComparer.Ordinal)
            .ToList();
    }
}
