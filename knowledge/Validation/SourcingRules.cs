using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>Claims are cited, seed-article claims are quoted, risky fixes say what to back up, sources can be found.</summary>
internal sealed class SourcingRules : IKnowledgeRule
{
    public IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge) =>
        knowledge.SourcedItems.Where(i => i.Sources.Count == 0)
                .Select(i => RuleErrors.About(i, "cites no sources; add at least one entry under 'sources'"))
            .Concat(knowledge.SourcedItems.SelectMany(i => UnquotedSeedRefs(i, knowledge)))
            .Concat(knowledge.Fixes.Where(f => f.Risk != FixRisk.Low && string.IsNullOrWhiteSpace(f.Backup))
                .Select(f => RuleErrors.About(f,
                    $"risk is {f.Risk.ToString().ToLowerInvariant()} but there is no 'backup'; say what to back up first")))
            .Concat(knowledge.Sources.SelectMany(CheckWhereToFind));

    private static IEnumerable<KnowledgeError> UnquotedSeedRefs(SourcedItem item, KnowledgeSet knowledge) =>
        item.Sources
            .Where(s => string.IsNullOrWhiteSpace(s.Quote) && s.Ref is not null
                && knowledge.SourcesById.TryGetValue(s.Ref, out var source) && source.Kind == SourceKind.SeedArticle)
            .Select(s => RuleErrors.At(s.Location, item,
                $"cites seed article '{s.Ref}' without a 'quote'; seed-article claims need the article's own words"));

    private static IEnumerable<KnowledgeError> CheckWhereToFind(Source source)
    {
        if (source.Kind == SourceKind.SeedArticle)
        {
            if (string.IsNullOrWhiteSpace(source.File))
            {
                yield return RuleErrors.About(source, "is a seed-article source without 'file'; name the article's file");
            }
        }
        else if (string.IsNullOrWhiteSpace(source.Url))
        {
            yield return RuleErrors.About(source, "has no 'url'; only seed-article sources may go without one");
        }
        else if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            yield return RuleErrors.About(source, $"url '{source.Url}' is not an absolute http(s) address");
        }
    }
}
