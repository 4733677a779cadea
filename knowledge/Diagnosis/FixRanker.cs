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
            // The fixes about as likely as the leader are a prefix, since the list is ordered by likelihood.
            var chosenIndex = 0;
            for (var i = 1; i < remaining.Count && remaining[i].Likelihood >= options.CloseScoreRatio * leader.Likelihood; i++)
            {
                if (IsCheaper(remaining[i].Fix, remaining[chosenIndex].Fix))
                {
                    chosenIndex = i;
                }
            }
            var chosen = remaining[chosenIndex];
            remaining.RemoveAt(chosenIndex);
            var overtaken = chosen == leader ? null : leader.Fix;
            var position = ranked.Count;
            ranked.Add(new RankedFix(chosen.Fix, chosen.Cause, chosen.Likelihood, () => FixReasons.For(chosen, position, causes, overtaken)));
        }
        return ranked;
    }

    /// <summary>Lower risk first, then less effort; on a tie the likelier (earlier) fix stays ahead.</summary>
    private static bool IsCheaper(Fix candidate, Fix current) =>
        candidate.Risk < current.Risk || (candidate.Risk == current.Risk && candidate.EffortMinutes < current.EffortMinutes);

    /// <summary>Each fix once, by likelihood, then id; its cause is the one contributing most.</summary>
    private List<Candidate> Candidates(IReadOnlyList<RankedCause> causes, CaseEvidence evidence)
    {
        var byFix = new Dictionary<string, Contribution>(StringComparer.Ordinal);
        foreach (var ranked in causes)
        {
            foreach (var causeFix in ranked.Cause.Fixes)
            {
                if (!knowledge.Fixes.ContainsKey(causeFix.Fix) || evidence.HasFailed(causeFix.Fix) || evidence.HasSkipped(causeFix.Fix))
                {
                    continue;
                }
                var share = ranked.Probability * causeFix.Success;
                byFix[causeFix.Fix] = byFix.TryGetValue(causeFix.Fix, out var sum) ? sum.Add(ranked, share) : new(ranked, share, share);
            }
        }
        var candidates = new List<Candidate>(byFix.Count);
        foreach (var (fixId, contribution) in byFix)
        {
            candidates.Add(new Candidate(knowledge.Fixes[fixId], contribution.Main.Cause, contribution.Likelihood));
        }
        // Fix ids are unique, so this is a total order and the unstable sort gives the one ranking there is.
        candidates.Sort((a, b) => a.Likelihood != b.Likelihood
            ? b.Likelihood.CompareTo(a.Likelihood)
            : string.CompareOrdinal(a.Fix.Id, b.Fix.Id));
        return candidates;
    }

    internal sealed record Candidate(Fix Fix, Cause Cause, double Likelihood);

    /// <summary>A fix's likelihood so far, and the cause that contributes most to it (the first such, by rank).</summary>
    private readonly record struct Contribution(RankedCause Main, double MainShare, double Likelihood)
    {
        public Contribution Add(RankedCause cause, double share) =>
            share > MainShare ? new(cause, share, Likelihood + share) : this with { Likelihood = Likelihood + share };
    }
}
