using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>Example phrasings name a fact the user can say, and say something.</summary>
internal sealed class ExampleRules : IKnowledgeRule
{
    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge)
    {
        foreach (var examples in knowledge.Examples)
        {
            var factId = string.IsNullOrWhiteSpace(examples.Fact) ? null : examples.Fact;
            if (factId is null)
                yield return new(examples.Location, null, "examples entry has no fact; name the fact its sentences say");
            else if (!knowledge.FactsById.TryGetValue(factId, out var fact))
                yield return new(examples.Location, factId, $"examples name '{factId}', which is not a fact id");
            else if (fact.Origin != FactOrigin.User)
                yield return new(examples.Location, factId, $"examples name '{factId}', which only a check can find, not the user's words");
            if (examples.Says.Count == 0 || examples.Says.Any(string.IsNullOrWhiteSpace))
                yield return new(examples.Location, factId, "examples entry needs sentences under 'says', none of them empty");
        }
    }
}
