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
    ];

    /// <summary>Findings that do not stop the knowledge from loading.</summary>
    private static readonly IReadOnlyList<IKnowledgeRule> AdvisoryRules = [new SilentQuestionRule()];

    public static KnowledgeValidation Validate(IReadOnlyList<KnowledgeDocument> documents)
    {
        var knowledge = new KnowledgeSet(documents);
        return new KnowledgeValidation(Run(Rules, knowledge), Run(AdvisoryRules, knowledge));
    }

    /// <summary>Ordered by file and line so a maintainer can work down the list.</summary>
    private static IReadOnlyList<KnowledgeError> Run(IReadOnlyList<IKnowledgeRule> rules, KnowledgeSet knowledge) =>
        rules.SelectMany(rule => rule.Check(knowledge))
            .OrderBy(error => error.Location.File, StringComparer.Ordinal)
            .ThenBy(error => error.Location.Line)
            .ToList();
}

internal sealed record KnowledgeValidation(IReadOnlyList<KnowledgeError> Errors, IReadOnlyList<KnowledgeError> Warnings);
