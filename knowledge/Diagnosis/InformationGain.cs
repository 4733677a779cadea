using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>Expected reduction of uncertainty over the causes, in bits, from asking one question.</summary>
internal static class InformationGain
{
    public static double Entropy(IReadOnlyList<double> probabilities)
    {
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = probabilities[i];
            if (p > 0)
            {
                sum += p * Math.Log2(p);
            }
        }
        return -sum;
    }

    /// <summary>
    /// Predicts each fact-bearing answer with P(a | c) ∝ share × LR_c(fact) ("Not sure" tells nothing, so it
    /// is left out), then weighs the entropy of the posterior each answer would leave.
    /// </summary>
    public static double Expected(PosteriorModel model, CaseState state, double[] posterior, IReadOnlyList<(Answer Answer, Fact Fact)> answers)
    {
        var causes = model.Causes;
        var weightTotals = new double[causes.Count];
        for (var c = 0; c < causes.Count; c++)
        {
            foreach (var (answer, fact) in answers)
            {
                weightTotals[c] += Weight(answer, fact, causes[c]);
            }
        }
        var expectedEntropy = 0.0;
        for (var a = 0; a < answers.Count; a++)
        {
            var answerProbability = 0.0;
            for (var c = 0; c < causes.Count; c++)
            {
                var answerGivenCause = weightTotals[c] > 0
                    ? Weight(answers[a].Answer, answers[a].Fact, causes[c]) / weightTotals[c]
                    : 1.0 / answers.Count;
                answerProbability += posterior[c] * answerGivenCause;
            }
            if (answerProbability > 0)
            {
                expectedEntropy += answerProbability * Entropy(model.PosteriorAfter(state, posterior, answers[a].Fact));
            }
        }
        return Entropy(posterior) - expectedEntropy;
    }

    private static double Weight(Answer answer, Fact fact, Cause cause) => answer.Share * PosteriorModel.Ratio(cause, fact);
}
