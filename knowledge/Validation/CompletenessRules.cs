using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>Nothing is a dead end or dead weight: causes can be fixed, fixes are used, questions matter.</summary>
internal sealed class CompletenessRules : IKnowledgeRule
{
    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge)
    {
        var usedFixes = knowledge.Causes.SelectMany(c => c.Fixes).Select(f => f.Fix).ToHashSet(StringComparer.Ordinal);
        return knowledge.Causes.Where(c => c.Fixes.Count == 0)
                .Select(c => RuleErrors.About(c, "has no fixes; list at least one fix under 'fixes'"))
            .Concat(knowledge.Fixes.Where(f => !string.IsNullOrWhiteSpace(f.Id) && !usedFixes.Contains(f.Id))
                .Select(f => RuleErrors.About(f, "no cause lists this fix; add it to a cause's 'fixes' or remove it")))
            .Concat(knowledge.Questions.Where(q => q.Answers.Count > 0 && !q.Answers.Any(a => a.IsNotSure))
                .Select(q => RuleErrors.About(q, "has no \"Not sure\" answer; add an answer without a 'fact'")))
            .Concat(knowledge.Facts.Where(f => f.Origin == FactOrigin.Check && f.Patterns.Count > 0)
                .Select(f => RuleErrors.About(f, "is set by remote checks (origin: check), so it must not have patterns; remove them or use origin: user")));
    }
}
