using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Dialogs.Learning;

/// <summary>Rebuilds the learned priors from the recorded outcomes and publishes them.</summary>
public sealed class LearnedPriorsRefresher(
    KnowledgeBase knowledge, IOutcomeStore outcomes, LatestLearnedPriors priors, LearningOptions options)
{
    /// <summary>The knowledge base's priors only, for before the first refresh.</summary>
    public static LearnedPriorSource Initial(KnowledgeBase knowledge, LearningOptions options) =>
        new(knowledge, ResolvedCauseCounts.None, options);

    public async Task<LearnedPriorSource> RefreshAsync(CancellationToken cancellationToken)
    {
        var recorded = await outcomes.ListAsync(cancellationToken);
        var snapshot = new LearnedPriorSource(knowledge, ResolvedCauseCounts.From(recorded, knowledge), options);
        priors.Publish(snapshot);
        return snapshot;
    }
}
