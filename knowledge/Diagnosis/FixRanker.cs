using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>
/// Orders the fixes still worth trying by the chance they resolve the case, putting the cheaper and safer one
/// first when two are about as likely to help. A user without rights on the host sees what they can do
/// themselves first; nothing that needs the Azure portal is offered for a host known not to be in Azure.
/// </summary>
internal sealed class FixRanker(KnowledgeBase knowledge, DiagnosisOptions options)
{
    /// <summary>
    /// How much less a fix the user must ask someone else to do counts against one they can do themselves: enough
    /// to put a comparable own-PC fix first, not enough to hide a host fix that is far likelier to be the answer.
    /// </summary>
    private const double SomeoneElsesFixWeight = 0.5;

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
            ranked.Add(new RankedFix(chosen, ranked.Count, causes, overtaken));
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
        var withoutHostRights = evidence.HasFact(WellKnownFacts.NoAdminRights);
        var notInAzure = evidence.ContextIn(knowledge) is HostContext.WindowsPc or HostContext.WindowsServer;
        foreach (var ranked in causes)
        {
            foreach (var causeFix in ranked.Cause.Fixes)
            {
                if (!knowledge.Fixes.TryGetValue(causeFix.Fix, out var fix) || evidence.HasFailed(causeFix.Fix) || evidence.HasSkipped(causeFix.Fix)
                    || (notInAzure && fix.RunsOn == FixPlace.AzurePortal))
                {
                    continue;
                }
                var reach = withoutHostRights && fix.RunsOn != FixPlace.Client ? SomeoneElsesFixWeight : 1.0;
                var share = ranked.Probability * causeFix.Success * reach;
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
