using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Learning;

/// <summary>
/// Priors that move toward what actually resolved cases here, smoothed toward the knowledge base:
/// p(c | k) = (S · p_kb(c | k) + w · n(c, k)) / (S + w · n(k)), with S the prior strength and w the weight.
/// </summary>
public sealed class LearnedPriorSource : IPriorSource
{
    private readonly ResolvedCauseCounts _counts;
    private readonly double _strength;
    private readonly double _weight;
    private readonly IReadOnlyDictionary<HostContext, double> _knowledgeTotals;
    private readonly int _causeCount;

    public LearnedPriorSource(KnowledgeBase knowledge, ResolvedCauseCounts counts, LearningOptions options)
    {
        options.Validate();
        _counts = counts;
        _strength = options.PriorStrength;
        _weight = options.Weight;
        _causeCount = knowledge.Causes.Count;
        _knowledgeTotals = HostContexts.All.ToDictionary(
            context => context,
            context => knowledge.Causes.Values.Sum(cause => KnowledgePrior(cause, context)));
    }

    /// <summary>The resolved cases this snapshot learned from.</summary>
    public ResolvedCauseCounts Counts => _counts;

    /// <summary>
    /// The prior the engine uses. Where nothing was learned it is the knowledge base's own number; elsewhere
    /// the learned probability is put back on the knowledge base's scale for the context, so a cause's prior
    /// stays comparable across contexts whether or not they have outcomes yet.
    /// </summary>
    public double PriorFor(Cause cause, HostContext context) => Learns(context)
        ? Probability(cause, context) * Scale(context)
        : KnowledgePrior(cause, context);

    /// <summary>p(c | k): the smoothed probability of the cause among all causes in the context.</summary>
    public double Probability(Cause cause, HostContext context)
    {
        var knowledge = KnowledgeProbability(cause, context);
        if (!Learns(context))
        {
            return knowledge;
        }
        return (_strength * knowledge + _weight * _counts.Count(cause.Id, context)) / (_strength + _weight * _counts.Total(context));
    }

    private bool Learns(HostContext context) => _weight > 0 && _counts.Total(context) > 0;

    // A context whose priors are all zero favours no cause, as the engine itself does.
    private double KnowledgeProbability(Cause cause, HostContext context) => _knowledgeTotals[context] > 0
        ? KnowledgePrior(cause, context) / _knowledgeTotals[context]
        : 1.0 / _causeCount;

    private double Scale(HostContext context) => _knowledgeTotals[context] > 0 ? _knowledgeTotals[context] : 1;

    private static double KnowledgePrior(Cause cause, HostContext context) =>
        Math.Max(0, KnowledgePriorSource.Instance.PriorFor(cause, context));
}
