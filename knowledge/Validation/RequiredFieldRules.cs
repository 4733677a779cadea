using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>The fields each kind of item cannot do without are present and not blank.</summary>
internal sealed class RequiredFieldRules : IKnowledgeRule
{
    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge) =>
        knowledge.Sources.SelectMany(s => Require(s, ("title", s.Title)))
            .Concat(knowledge.Codes.SelectMany(c =>
                Require(c, ("value", c.Value), ("name", c.Name), ("meaning", c.Meaning), ("explanation", c.Explanation))))
            .Concat(knowledge.Facts.SelectMany(f => Require(f, ("statement", f.Statement), ("because", f.Because))))
            .Concat(knowledge.Questions.SelectMany(CheckQuestion))
            .Concat(knowledge.Causes.SelectMany(CheckCause))
            .Concat(knowledge.Fixes.SelectMany(CheckFix))
            .Concat(knowledge.SourcedItems.SelectMany(CheckSourceRefs));

    private static IEnumerable<KnowledgeError> CheckQuestion(Question question)
    {
        foreach (var error in Require(question, ("text", question.Text)))
        {
            yield return error;
        }
        if (question.Answers.Count < 2)
        {
            yield return RuleErrors.About(question, $"has {question.Answers.Count} answer(s); a question needs at least 2");
        }
        foreach (var answer in question.Answers.Where(a => string.IsNullOrWhiteSpace(a.Label)))
        {
            yield return RuleErrors.At(answer.Location, question, $"answer '{answer.Id}' has no label; the user needs words to pick");
        }
    }

    private static IEnumerable<KnowledgeError> CheckCause(Cause cause)
    {
        foreach (var error in Require(cause, ("title", cause.Title), ("explanation", cause.Explanation)))
        {
            yield return error;
        }
        if (cause.Priors.Count == 0)
        {
            yield return Missing(cause, "priors");
        }
        foreach (var causeFix in cause.Fixes.Where(f => string.IsNullOrWhiteSpace(f.Fix)))
        {
            yield return RuleErrors.At(causeFix.Location, cause, "a fixes entry has no 'fix'; name the fix id it applies");
        }
    }

    private static IEnumerable<KnowledgeError> CheckFix(Fix fix)
    {
        foreach (var error in Require(fix, ("title", fix.Title), ("rights", fix.Rights), ("verify", fix.Verify)))
        {
            yield return error;
        }
        if (fix.Steps.Count == 0)
        {
            yield return Missing(fix, "steps");
        }
        for (var i = 0; i < fix.Steps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(fix.Steps[i].Text))
            {
                yield return RuleErrors.About(fix, $"step {i + 1} has no 'text'; every step needs words to follow");
            }
        }
    }

    private static IEnumerable<KnowledgeError> CheckSourceRefs(SourcedItem item) =>
        item.Sources.Where(s => string.IsNullOrWhiteSpace(s.Ref))
            .Select(s => RuleErrors.At(s.Location, item, "a sources entry has no 'ref'; name the source id it cites"));

    private static IEnumerable<KnowledgeError> Require(KnowledgeItem item, params (string Name, string? Value)[] fields) =>
        fields.Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => Missing(item, f.Name));

    private static KnowledgeError Missing(KnowledgeItem item, string field) =>
        RuleErrors.About(item, $"'{field}' is missing or empty; it is required");
}
