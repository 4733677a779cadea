using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>The documents merged for validation, with the first item of each id indexed by kind.</summary>
internal sealed class KnowledgeSet
{
    private readonly IReadOnlyList<KnowledgeDocument> documents;

    public KnowledgeSet(IReadOnlyList<KnowledgeDocument> documents)
    {
        this.documents = documents;
        Sources = documents.SelectMany(d => d.Sources).ToList();
        Codes = documents.SelectMany(d => d.Codes).ToList();
        Facts = documents.SelectMany(d => d.Facts).ToList();
        Questions = documents.SelectMany(d => d.Questions).ToList();
        Causes = documents.SelectMany(d => d.Causes).ToList();
        Fixes = documents.SelectMany(d => d.Fixes).ToList();
        Examples = documents.SelectMany(d => d.Examples).ToList();
        Reports = documents.SelectMany(d => d.Reports).ToList();
        SourcesById = Index(Sources);
        FactsById = Index(Facts);
        FixesById = Index(Fixes);
    }

    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<ErrorCode> Codes { get; }
    public IReadOnlyList<Fact> Facts { get; }
    public IReadOnlyList<Question> Questions { get; }
    public IReadOnlyList<Cause> Causes { get; }
    public IReadOnlyList<Fix> Fixes { get; }
    public IReadOnlyList<FactExamples> Examples { get; }
    public IReadOnlyList<KnownReport> Reports { get; }

    public IReadOnlyDictionary<string, Source> SourcesById { get; }
    public IReadOnlyDictionary<string, Fact> FactsById { get; }
    public IReadOnlyDictionary<string, Fix> FixesById { get; }

    /// <summary>Every item in the order the files and their lines list them, so "the second one" is well defined.</summary>
    public IEnumerable<KnowledgeItem> AllItems =>
        documents.SelectMany(d => d.Sources.Cast<KnowledgeItem>()
            .Concat(d.Codes).Concat(d.Facts).Concat(d.Questions).Concat(d.Causes).Concat(d.Fixes)
            .OrderBy(i => i.Location.Line));

    /// <summary>The items that make claims and must cite sources.</summary>
    public IEnumerable<SourcedItem> SourcedItems => Codes.Cast<SourcedItem>().Concat(Causes).Concat(Fixes);

    private static IReadOnlyDictionary<string, T> Index<T>(IEnumerable<T> items) where T : KnowledgeItem
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => !string.IsNullOrEmpty(i.Id)))
        {
            index.TryAdd(item.Id, item);
        }
        return index;
    }
}
