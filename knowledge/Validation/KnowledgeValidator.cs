using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>Checks the merged knowledge for what YAML cannot: references, ranges, completeness.</summary>
internal static class KnowledgeValidator
{
    public static IReadOnlyList<KnowledgeError> Validate(IReadOnlyList<KnowledgeDocument> documents)
    {
        var errors = new List<KnowledgeError>();
        CheckDuplicateIds(documents, errors);
        return errors;
    }

    private static void CheckDuplicateIds(IReadOnlyList<KnowledgeDocument> documents, List<KnowledgeError> errors)
    {
        var items = documents.SelectMany(d => d.Sources.Cast<KnowledgeItem>()
            .Concat(d.Codes).Concat(d.Facts).Concat(d.Questions).Concat(d.Causes).Concat(d.Fixes));
        var seen = new Dictionary<string, KnowledgeItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.TryAdd(item.Id, item))
            {
                errors.Add(new KnowledgeError(item.Location, item.Id, $"duplicate id; first defined at {seen[item.Id].Location}"));
            }
        }
    }
}
