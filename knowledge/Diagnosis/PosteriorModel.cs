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

    // Choosing the next question reads a ratio for every cause, answer and open question on every turn; one
    // array per fact, aligned with Causes, turns those string-keyed lookups into index reads.
    private readonly Dictionary<string, double[]> ratios = knowledge.Facts.Keys.ToDictionary(
        id => id, id => RatiosFor(knowledge, id), StringComparer.Ordinal);

    public double[] Posterior(CaseState state)
    {
        var scores = new double[Causes.Count];
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Prior(Causes[c], state.Context) * ResemblanceFactor(Causes[c], state);
        }
        foreach (var fact in state.Facts)
        {
            var factRatios = RatiosOf(fact);
            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] *= factRatios[c];
            }
        }
        foreach (var fix in state.FailedFixes)
        {
            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] *= FailedFixFactor(Causes[c], fix);
            }
        }
        return Normalise(scores);
    }

    /// <summary>The likelihood ratio of <paramref name="fact"/> for each cause, aligned with <see cref="Causes"/>; do not change it.</summary>
    public double[] RatiosOf(Fact fact) =>
        ratios.TryGetValue(fact.Id, out var factRatios) ? factRatios : RatiosFor(knowledge, fact.Id);

    /// <summary>
    /// The posterior once <paramref name="fact"/> is known too. A fact that only adds its ratios updates the
    /// current posterior; one that changes the context or takes its opposite's place needs the whole product.
    /// </summary>
    /// <param name="into">Where to write it when only the ratios change, so weighing many answers needs no array for each.</param>
    public double[] PosteriorAfter(CaseState state, double[] posterior, Fact fact, double[]? into = null)
    {
        if (fact.Context is not null || state.Settles(fact, knowledge))
        {
            return Posterior(state.With(fact));
        }
        var factRatios = RatiosOf(fact);
        var scores = into ?? new double[posterior.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = posterior[c] * factRatios[c];
        }
        return Normalise(scores);
    }

    /// <summary>
    /// The factor reading like the known reports gives a cause: 1 for the cause the description reads most like (and
    /// for every cause when there is no description), less for causes it reads less like. A cause without known reports
    /// cannot be compared and is placed as if it read like the average.
    /// </summary>
    public double ResemblanceFactor(Cause cause, CaseState state)
    {
        if (state.Resemblance.Count == 0 || options.ResemblanceWeight == 0)
        {
            return 1;
        }
        var similarity = state.Resemblance.TryGetValue(cause.Id, out var known) ? known : state.MeanResemblance;
        return Math.Exp(options.ResemblanceWeight * (similarity - state.HighestResemblance));
    }

    public double Prior(Cause cause, HostContext context) => Math.Max(0, priors.PriorFor(cause, context));

    /// <summary>The factor a failed fix applies to a cause it addresses; 1 for causes it does not address.</summary>
    public double FailedFixFactor(Cause cause, Fix fix) => 1 - SuccessFor(cause, fix) * options.FixAdherence;

    public static double SuccessFor(Cause cause, Fix fix) =>
        cause.Fixes.Where(cf => cf.Fix == fix.Id).Select(cf => cf.Success).DefaultIfEmpty(0).Max();

    public static double Ratio(Cause cause, Fact fact) => cause.Evidence.GetValueOrDefault(fact.Id, 1);

    private static double[] RatiosFor(KnowledgeBase knowledge, string factId) =>
        knowledge.Causes.Values.OrderBy(cause => cause.Id, StringComparer.Ordinal)
            .Select(cause => cause.Evidence.GetValueOrDefault(factId, 1)).ToArray();

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
