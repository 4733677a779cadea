using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>The one place that decides which understander reads the user's words.</summary>
internal static class Understanders
{
    public static IUnderstander Create(KnowledgeBase knowledge) => new RuleBasedUnderstander(knowledge);
}
