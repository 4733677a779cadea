using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>Numbers are in the range the engine's arithmetic relies on; keys and codes are well formed.</summary>
internal sealed class RangeRules : IKnowledgeRule
{
    private static readonly string ContextKeys = string.Join(", ", HostContexts.All.Select(c => c.Key()));

    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge) =>
        knowledge.Causes.SelectMany(CheckCause)
            .Concat(knowledge.Questions.SelectMany(CheckShares))
            .Concat(knowledge.Fixes.Where(f => f.EffortMinutes <= 0).Select(f =>
                RuleErrors.About(f, $"effort_minutes is {f.EffortMinutes}; it must be a whole number of minutes above 0")))
            .Concat(knowledge.Codes.Where(c => !string.IsNullOrWhiteSpace(c.Value) && KnowledgeBase.ParseCode(c.Value) is null)
                .Select(c => RuleErrors.About(c, $"value '{c.Value}' is not a hexadecimal code; write it like 0x904")));

    private static IEnumerable<KnowledgeError> CheckCause(Cause cause)
    {
        foreach (var (key, prior) in cause.Priors)
        {
            if (!HostContexts.TryParse(key, out _))
            {
                yield return RuleErrors.About(cause, $"priors has unknown context '{key}'; use {ContextKeys}");
            }
            if (!(prior is >= 0 and <= 1))
            {
                yield return RuleErrors.About(cause, $"prior for '{key}' is {prior}; it must be between 0 and 1");
            }
        }
        var missing = HostContexts.All.Select(c => c.Key()).Where(k => !cause.Priors.ContainsKey(k)).ToList();
        if (cause.Priors.Count > 0 && missing.Count > 0)
        {
            yield return RuleErrors.About(cause, $"priors lacks {string.Join(", ", missing)}; give a prior for each of {ContextKeys}");
        }
        foreach (var (factId, ratio) in cause.Evidence.Where(e => !(e.Value > 0 && double.IsFinite(e.Value))))
        {
            yield return RuleErrors.About(cause,
                $"evidence for '{factId}' is {ratio}; a likelihood ratio must be above 0 and finite (below 1 lowers the cause)");
        }
        foreach (var causeFix in cause.Fixes.Where(f => !(f.Success is > 0 and <= 1)))
        {
            yield return RuleErrors.At(causeFix.Location, cause,
                $"success of fix '{causeFix.Fix}' is {causeFix.Success}; it must be above 0 and at most 1");
        }
    }

    private static IEnumerable<KnowledgeError> CheckShares(Question question) =>
        question.Answers.Where(a => !(a.Share is > 0 and <= 1)).Select(a =>
            RuleErrors.At(a.Location, question, $"share of answer '{a.Id}' is {a.Share}; it must be above 0 and at most 1"));
}
