using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>Checks the merged knowledge for what YAML cannot: references, ranges, completeness, sourcing.</summary>
internal static class KnowledgeValidator
{
    private static readonly IReadOnlyList<IKnowledgeRule> Rules =
    [
        new IdRules(),
        new RequiredFieldRules(),
        new ReferenceRules(),
        new RangeRules(),
        new CompletenessRules(),
        new PatternRules(),
        new SourcingRules(),
        new SilentQuestionRule(),
        new ExampleRules(),
        new KnownReportRules(),
    ];

    /// <summary>Every error, ordered by file and line so a maintainer can work down the list.</summary>
    public static IReadOnlyList<KnowledgeError> Validate(IReadOnlyList<KnowledgeDocument> documents)
    {
        var knowledge = new KnowledgeSet(documents);
        return Rules.SelectMany(rule => rule.Check(knowledge))
            .OrderBy(error => error.Location.File, StringComparer.Ordinal)
            .ThenBy(error => error.Location.Line)
            .ToList();
    }
}
