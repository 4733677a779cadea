using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>The one place that decides which understander reads the user's words.</summary>
internal static class Understanders
{
    /// <param name="embeddings">Also read by meaning (sentence embeddings); the rules always read first.</param>
    public static IUnderstander Create(KnowledgeBase knowledge, bool embeddings = true)
    {
        var rules = new RuleBasedUnderstander(knowledge);
        return embeddings ? new EmbeddingUnderstander(rules, knowledge) : rules;
    }
}
