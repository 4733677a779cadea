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
    /// <param name="scratch">Working arrays, reused for every question weighed in one turn.</param>
    public static double Expected(PosteriorModel model, CaseState state, double[] posterior, IReadOnlyList<(Answer Answer, Fact Fact)> answers, Scratch scratch)
    {
        var causeCount = model.Causes.Count;
        var weightTotals = scratch.WeightTotals;
        Array.Clear(weightTotals);
        foreach (var (answer, fact) in answers)
        {
            var ratios = model.RatiosOf(fact);
            for (var c = 0; c < causeCount; c++)
            {
                weightTotals[c] += answer.Share * ratios[c];
            }
        }
        var expectedEntropy = 0.0;
        var after = scratch.After;
        for (var a = 0; a < answers.Count; a++)
        {
            var share = answers[a].Answer.Share;
            var ratios = model.RatiosOf(answers[a].Fact);
            var answerProbability = 0.0;
            for (var c = 0; c < causeCount; c++)
            {
                var answerGivenCause = weightTotals[c] > 0
                    ? share * ratios[c] / weightTotals[c]
                    : 1.0 / answers.Count;
                answerProbability += posterior[c] * answerGivenCause;
            }
            if (answerProbability > 0)
            {
                expectedEntropy += answerProbability * Entropy(model.PosteriorAfter(state, posterior, answers[a].Fact, after));
            }
        }
        return Entropy(posterior) - expectedEntropy;
    }

    public sealed class Scratch(int causeCount)
    {
        public double[] WeightTotals { get; } = new double[causeCount];

        public double[] After { get; } = new double[causeCount];
    }
}
