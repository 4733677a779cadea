using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>
/// A question whose answers no cause listens to can never change the diagnosis: asking it would waste the
/// user's time, so it is an error.
/// </summary>
internal sealed class SilentQuestionRule : IKnowledgeRule
{
    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge)
    {
        var heardFacts = HeardFacts(knowledge);
        return knowledge.Questions.Where(q => IsSilent(q, heardFacts)).Select(q => RuleErrors.About(q,
            $"no cause gives evidence for any of its answers' facts ({string.Join(", ", AnswerFacts(q))}); asking it cannot change the diagnosis"));
    }

    /// <summary>Facts that move some cause: evidence of a cause, or a host context that selects the priors.</summary>
    private static HashSet<string> HeardFacts(KnowledgeSet knowledge)
    {
        var heard = knowledge.Causes.SelectMany(c => c.Evidence.Keys).ToHashSet(StringComparer.Ordinal);
        heard.UnionWith(knowledge.Facts.Where(f => f.Context is not null).Select(f => f.Id));
        return heard;
    }

    private static bool IsSilent(Question question, HashSet<string> heardFacts)
    {
        var facts = AnswerFacts(question).ToList();
        return facts.Count > 0 && !facts.Any(heardFacts.Contains);
    }

    private static IEnumerable<string> AnswerFacts(Question question) =>
        question.Answers.Select(a => a.Fact).OfType<string>();
}
