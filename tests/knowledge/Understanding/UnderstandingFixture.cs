using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>The understander over the shipped knowledge, optionally with extra files for one test.</summary>
internal static class UnderstandingFixture
{
    private static readonly Lazy<RuleBasedUnderstander> Shared = new(() => new RuleBasedUnderstander(LoadKnowledge()));

    public static RuleBasedUnderstander Understander => Shared.Value;

    public static KnowledgeBase LoadKnowledge(params KnowledgeFile[] extra)
    {
        var result = KnowledgeBase.Load([.. KnowledgeFiles.BuiltIn(), .. extra]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Knowledge!;
    }
}
