using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>
/// Bayes over mutually exclusive causes: context prior × likelihood ratios of the known facts × the factor of
/// each failed fix, normalised. Probabilities are aligned with <see cref="Causes"/>, which is ordered by id.
/// </summary>
internal sealed class PosteriorModel(KnowledgeBase knowledge, DiagnosisOptions options, IPriorSource priors)
{
    public IReadOnlyList<Cause> Causes { get; } =
        knowledge.Causes.Values.OrderBy(cause => cause.Id, StringComparer.Ordinal).ToList();

    public double[] Posterior(CaseState state)
    {
        var scores = new double[Causes.Count];
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Score(Causes[c], state);
        }
        return Normalise(scores);
    }

    /// <summary>
    /// The posterior once <paramref name="fact"/> is known too. A fact that only adds its ratios updates the
    /// current posterior; one that changes the context or takes its opposite's place needs the whole product.
    /// </summary>
    public double[] PosteriorAfter(CaseState state, double[] posterior, Fact fact)
    {
        if (fact.Context is not null || state.Facts.Any(known => known.Id == fact.Id || FactRelations.AreOpposite(knowledge, known.Id, fact.Id)))
        {
            return Posterior(state.With(fact));
        }
        var scores = new double[posterior.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = posterior[c] * Ratio(Causes[c], fact);
        }
        return Normalise(scores);
    }

    public double Prior(Cause cause, HostContext context) => Math.Max(0, priors.PriorFor(cause, context));

    /// <summary>The factor a failed fix applies to a cause it addresses; 1 for causes it does not address.</summary>
    public double FailedFixFactor(Cause cause, Fix fix) => 1 - SuccessFor(cause, fix) * options.FixAdherence;

    public static double SuccessFor(Cause cause, Fix fix) =>
        cause.Fixes.Where(cf => cf.Fix == fix.Id).Select(cf => cf.Success).DefaultIfEmpty(0).Max();

    public static double Ratio(Cause cause, Fact fact) => cause.Evidence.GetValueOrDefault(fact.Id, 1);

    private double Score(Cause cause, CaseState state)
    {
        var score = Prior(cause, state.Context);
        foreach (var fact in state.Facts)
        {
            score *= Ratio(cause, fact);
        }
        foreach (var fix in state.FailedFixes)
        {
            score *= FailedFixFactor(cause, fix);
        }
        return score;
    }

    // When every cause scores zero (no priors for the context) nothing favours any of them. The engine
    // normalises for every answer of every open question, so this works in place instead of copying.
    private static double[] Normalise(double[] scores)
    {
        var total = 0.0;
        foreach (var score in scores)
        {
            total += score;
        }
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = total > 0 ? scores[c] / total : 1.0 / scores.Length;
        }
        return scores;
    }
}
