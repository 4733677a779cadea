using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

internal static class FactRelations
{
    /// <summary>Opposites may be declared on one side only; either side is enough.</summary>
    public static bool AreOpposite(KnowledgeBase knowledge, string first, string second) =>
        OppositeOf(knowledge, first) == second || OppositeOf(knowledge, second) == first;

    /// <summary>
    /// The facts that hold: later facts win over earlier opposites, and ids the knowledge no longer has are
    /// dropped, so evidence stored before a knowledge update still diagnoses.
    /// </summary>
    public static IReadOnlyList<Fact> Effective(KnowledgeBase knowledge, IReadOnlyList<string> factIds)
    {
        var effective = new List<Fact>();
        foreach (var id in factIds)
        {
            if (knowledge.Facts.TryGetValue(id, out var fact))
            {
                effective.RemoveAll(existing => existing.Id == id || AreOpposite(knowledge, existing.Id, id));
                effective.Add(fact);
            }
        }
        return effective;
    }

    /// <summary>The kind of host, from the latest fact that tells it.</summary>
    public static HostContext ContextOf(IEnumerable<Fact> facts) =>
        facts.LastOrDefault(fact => fact.Context is not null)?.Context ?? HostContext.Unknown;

    private static string? OppositeOf(KnowledgeBase knowledge, string factId) =>
        knowledge.Facts.GetValueOrDefault(factId)?.Opposite;
}
