using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>Every id an item names exists, and is of the kind the field expects.</summary>
internal sealed class ReferenceRules : IKnowledgeRule
{
    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge) =>
        knowledge.Causes.SelectMany(c => CheckCause(c, knowledge))
            .Concat(knowledge.Questions.SelectMany(q => CheckAnswers(q, knowledge)))
            .Concat(knowledge.Facts.SelectMany(f => CheckOpposite(f, knowledge)))
            .Concat(knowledge.Facts.SelectMany(f => CheckWorkingSide(f, knowledge)))
            .Concat(knowledge.SourcedItems.SelectMany(i => CheckSources(i, knowledge)));

    private static IEnumerable<KnowledgeError> CheckCause(Cause cause, KnowledgeSet knowledge)
    {
        foreach (var factId in cause.Evidence.Keys.Where(id => !knowledge.FactsById.ContainsKey(id)))
        {
            yield return RuleErrors.About(cause, $"evidence names '{factId}', which is not a fact id");
        }
        foreach (var causeFix in cause.Fixes)
        {
            if (!string.IsNullOrWhiteSpace(causeFix.Fix) && !knowledge.FixesById.ContainsKey(causeFix.Fix))
            {
                yield return RuleErrors.At(causeFix.Location, cause, $"fixes names '{causeFix.Fix}', which is not a fix id");
            }
        }
    }

    private static IEnumerable<KnowledgeError> CheckAnswers(Question question, KnowledgeSet knowledge) =>
        question.Answers
            .Where(a => a.Fact is not null && !knowledge.FactsById.ContainsKey(a.Fact))
            .Select(a => RuleErrors.At(a.Location, question, $"answer '{a.Id}' names fact '{a.Fact}', which is not a fact id"))
            .Concat(question.AnsweredBy
                .Where(id => !knowledge.FactsById.ContainsKey(id))
                .Select(id => RuleErrors.About(question, $"answered_by names '{id}', which is not a fact id")));

    private static IEnumerable<KnowledgeError> CheckOpposite(Fact fact, KnowledgeSet knowledge)
    {
        if (fact.Opposite is null)
        {
            yield break;
        }
        if (fact.Opposite == fact.Id)
        {
            yield return RuleErrors.About(fact, "opposite names the fact itself; name the fact that cannot hold at the same time");
        }
        else if (!knowledge.FactsById.TryGetValue(fact.Opposite, out var opposite))
        {
            yield return RuleErrors.About(fact, $"opposite names '{fact.Opposite}', which is not a fact id");
        }
        else if (opposite.Opposite != fact.Id)
        {
            var pointsAt = opposite.Opposite is null ? "has no opposite" : $"names '{opposite.Opposite}' as its opposite";
            yield return RuleErrors.About(fact,
                $"opposite is '{opposite.Id}', but '{opposite.Id}' {pointsAt}; give it 'opposite: {fact.Id}'");
        }
    }

    private static IEnumerable<KnowledgeError> CheckWorkingSide(Fact fact, KnowledgeSet knowledge)
    {
        if (fact.WorkingSide is null)
        {
            yield break;
        }
        if (!knowledge.FactsById.TryGetValue(fact.WorkingSide, out var working))
        {
            yield return RuleErrors.About(fact, $"working_side names '{fact.WorkingSide}', which is not a fact id");
        }
        else if (working.Id == fact.Id || working.Origin != FactOrigin.User || !working.TellsWhatWorks)
        {
            yield return RuleErrors.About(fact, $"working_side names '{working.Id}'; name another fact the user can say, one that tells what works (tells_what_works: true)");
        }
    }

    private static IEnumerable<KnowledgeError> CheckSources(SourcedItem item, KnowledgeSet knowledge) =>
        item.Sources
            .Where(s => !string.IsNullOrWhiteSpace(s.Ref) && !knowledge.SourcesById.ContainsKey(s.Ref))
            .Select(s => RuleErrors.At(s.Location, item, $"sources names '{s.Ref}', which is not a source id"));
}
