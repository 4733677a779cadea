using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>One line on why a cause ranks where it does, from the evidence that moved it most.</summary>
internal sealed class CauseReasons(PosteriorModel model)
{
    private const int MostClauses = 3;

    public string For(Cause cause, bool isTop, CaseState state)
    {
        var supporting = Supporting(cause, state);
        var against = Against(cause, state);
        if (supporting.Count == 0 && against.Count == 0)
        {
            return $"Based on how common it is on {state.Context.Describe()}.";
        }
        if (supporting.Count == 0)
        {
            return $"Less likely because {Wording.List(against)}.";
        }
        var opening = isTop ? "Likely" : "Possible";
        var although = against.Count == 0 ? "" : $", although {Wording.List(against)}";
        return $"{opening} because {Wording.List(supporting)}{although}.";
    }

    private List<string> Supporting(Cause cause, CaseState state)
    {
        var clauses = new List<string>();
        var contextFact = state.Facts.LastOrDefault(fact => fact.Context is not null);
        if (contextFact is not null && model.Prior(cause, state.Context) > model.Prior(cause, HostContext.Unknown))
        {
            clauses.Add(Clause(contextFact));
        }
        clauses.AddRange(state.Facts
            .Where(fact => fact != contextFact && PosteriorModel.Ratio(cause, fact) > 1)
            .OrderByDescending(fact => PosteriorModel.Ratio(cause, fact))
            .Select(Clause));
        if (state.Resemblance.Count > 0 && state.Resemblance.ContainsKey(cause.Id) && model.ResemblanceFactor(cause, state) == 1)
        {
            clauses.Insert(Math.Min(clauses.Count, MostClauses - 1), "what you describe reads most like other reports of this cause");
        }
        return clauses.Take(MostClauses).ToList();
    }

    private List<string> Against(Cause cause, CaseState state) =>
        state.FailedFixes
            .Where(fix => model.FailedFixFactor(cause, fix) < 1)
            .Select(fix => $"{Wording.Quoted(fix.Title)} did not help")
            .Concat(state.Facts
                .Where(fact => PosteriorModel.Ratio(cause, fact) < 1)
                .OrderBy(fact => PosteriorModel.Ratio(cause, fact))
                .Select(Clause))
            .Take(MostClauses - 1)
            .ToList();

    // "because" is optional in the files; the statement still reads well inside a sentence.
    private static string Clause(Fact fact) =>
        fact.Because.Length > 0 ? fact.Because : Wording.InSentence(fact.Statement.TrimEnd('.'));
}
