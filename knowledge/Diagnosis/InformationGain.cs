using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>Expected reduction of uncertainty over the causes, in bits, from asking one question.</summary>
internal static class InformationGain
{
    public static double Entropy(IReadOnlyList<double> probabilities) =>
        -probabilities.Where(p => p > 0).Sum(p => p * Math.Log2(p));

    /// <summary>
    /// Predicts each fact-bearing answer with P(a | c) ∝ share × LR_c(fact) ("Not sure" tells nothing, so it
    /// is left out), then weighs the entropy of the posterior each answer would leave.
    /// </summary>
    public static double Expected(PosteriorModel model, CaseState state, double[] posterior, IReadOnlyList<(Answer Answer, Fact Fact)> answers)
    {
        var causes = model.Causes;
        var answerGivenCause = new double[answers.Count, causes.Count];
        for (var c = 0; c < causes.Count; c++)
        {
            var weights = answers.Select(a => a.Answer.Share * PosteriorModel.Ratio(causes[c], a.Fact)).ToArray();
            var total = weights.Sum();
            for (var a = 0; a < answers.Count; a++)
            {
                answerGivenCause[a, c] = total > 0 ? weights[a] / total : 1.0 / answers.Count;
            }
        }
        var expectedEntropy = 0.0;
        for (var a = 0; a < answers.Count; a++)
        {
            var answerProbability = Enumerable.Range(0, causes.Count).Sum(c => posterior[c] * answerGivenCause[a, c]);
            if (answerProbability > 0)
            {
                expectedEntropy += answerProbability * Entropy(model.Posterior(state.With(answers[a].Fact)));
            }
        }
        return Entropy(posterior) - expectedEntropy;
    }
}
