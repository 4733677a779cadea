using System.Text.RegularExpressions;
using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>Every item has an id in the agreed format, unique across all kinds; answer ids are unique per question.</summary>
internal sealed partial class IdRules : IKnowledgeRule
{
    private const string FormatRule = "must use only lowercase letters, digits and single hyphens (e.g. 'expired-cert-2')";

    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge)
    {
        var seen = new Dictionary<string, KnowledgeItem>(StringComparer.Ordinal);
        foreach (var item in knowledge.AllItems)
        {
            if (string.IsNullOrWhiteSpace(item.Id))
            {
                yield return new KnowledgeError(item.Location, null, $"{Kind(item)} has no id; every item needs one");
                continue;
            }
            if (!IsWellFormed(item.Id))
            {
                yield return new KnowledgeError(item.Location, item.Id, $"id '{item.Id}' {FormatRule}");
            }
            if (!seen.TryAdd(item.Id, item))
            {
                var first = seen[item.Id];
                yield return new KnowledgeError(item.Location, item.Id,
                    $"duplicate id; {Kind(first)} '{item.Id}' is already defined at {first.Location}");
            }
        }
        foreach (var error in knowledge.Questions.SelectMany(CheckAnswerIds))
        {
            yield return error;
        }
    }

    private static IEnumerable<KnowledgeError> CheckAnswerIds(Question question)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in question.Answers)
        {
            if (string.IsNullOrWhiteSpace(answer.Id))
            {
                yield return RuleErrors.At(answer.Location, question, "an answer has no id; every answer needs one");
                continue;
            }
            if (!IsWellFormed(answer.Id))
            {
                yield return RuleErrors.At(answer.Location, question, $"answer id '{answer.Id}' {FormatRule}");
            }
            if (!seen.Add(answer.Id))
            {
                yield return RuleErrors.At(answer.Location, question,
                    $"answer id '{answer.Id}' appears twice in this question; answer ids must be unique within a question");
            }
        }
    }

    private static bool IsWellFormed(string id) => WellFormedId().IsMatch(id);

    private static string Kind(KnowledgeItem item) => item switch
    {
        Source => "source",
        ErrorCode => "code",
        Fact => "fact",
        Question => "question",
        Cause => "cause",
        Fix => "fix",
        _ => "item",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormedId();
}
