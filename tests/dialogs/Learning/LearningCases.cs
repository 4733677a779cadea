using RdpHelpBot.Dialogs.Learning;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Tests.Learning;

/// <summary>The shipped knowledge and recorded outcomes for the learning tests.</summary>
internal static class LearningCases
{
    public static readonly KnowledgeBase Shipped = KnowledgeBase.LoadBuiltIn().Knowledge!;

    private static readonly DateTimeOffset Day = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static Cause Cause(string id) => Shipped.Causes[id];

    public static IEnumerable<CaseOutcome> Resolved(int count, string cause, HostContext context) =>
        Enumerable.Range(0, count).Select(i => Outcome($"{cause}-{context}-{i}", context, CaseEnding.Resolved, cause));

    public static CaseOutcome Outcome(string id, HostContext context, CaseEnding ending, string? cause) => new()
    {
        CaseId = id,
        ConversationId = "conv-" + id,
        Channel = "test",
        Context = context,
        Ending = ending,
        ResolvedCause = cause,
        Started = Day,
        Ended = Day.AddMinutes(10),
    };

    public static LearnedPriorSource Learned(IEnumerable<CaseOutcome> outcomes, double strength = 20, double weight = 1) =>
        new(Shipped, ResolvedCauseCounts.From(outcomes, Shipped), new LearningOptions { PriorStrength = strength, Weight = weight });

    /// <summary>p_kb(c | k): the knowledge base's prior normalised over the causes of the context.</summary>
    public static double KnowledgeProbability(string cause, HostContext context) =>
        Cause(cause).PriorFor(context) / Shipped.Causes.Values.Sum(c => c.PriorFor(context));
}
