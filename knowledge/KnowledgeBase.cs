using System.Globalization;
using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Validation;

namespace RdpHelpBot.Knowledge;

/// <summary>The validated, merged knowledge: every item indexed by id, in the order the files list them.</summary>
public sealed class KnowledgeBase
{
    private KnowledgeBase(IReadOnlyList<KnowledgeDocument> documents)
    {
        Sources = Index(documents.SelectMany(d => d.Sources));
        Codes = documents.SelectMany(d => d.Codes).ToList();
        Facts = Index(documents.SelectMany(d => d.Facts));
        Questions = Index(documents.SelectMany(d => d.Questions));
        Causes = Index(documents.SelectMany(d => d.Causes));
        Fixes = Index(documents.SelectMany(d => d.Fixes));
        Examples = documents.SelectMany(d => d.Examples)
            .GroupBy(e => e.Fact, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(e => e.Says).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        Reports = documents.SelectMany(d => d.Reports).ToList();
        foreach (var code in Codes)
        {
            code.Number = ParseCode(code.Value) ?? 0;
        }
        foreach (var cause in Causes.Values)
        {
            cause.IsMicrosoftDocumented = cause.Sources.Any(s => Sources.TryGetValue(s.Ref, out var source) && source.IsMicrosoft);
        }
    }

    public IReadOnlyDictionary<string, Source> Sources { get; }
    public IReadOnlyList<ErrorCode> Codes { get; }

    /// <summary>Sentences that say each user fact in people's own words, by fact id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Examples { get; }

    /// <summary>First messages whose cause is known, which a new message is compared with by meaning.</summary>
    public IReadOnlyList<KnownReport> Reports { get; }
    public IReadOnlyDictionary<string, Fact> Facts { get; }
    public IReadOnlyDictionary<string, Question> Questions { get; }
    public IReadOnlyDictionary<string, Cause> Causes { get; }
    public IReadOnlyDictionary<string, Fix> Fixes { get; }

    /// <summary>The built-in knowledge shipped with the bot.</summary>
    public static KnowledgeLoadResult LoadBuiltIn() => Load(KnowledgeFiles.BuiltIn());

    /// <summary>Parses and validates the files; a knowledge base comes back only when there is no error.</summary>
    public static KnowledgeLoadResult Load(IReadOnlyList<KnowledgeFile> files)
    {
        var documents = new List<KnowledgeDocument>();
        var errors = new List<KnowledgeError>();
        foreach (var file in files)
        {
            var (document, error) = KnowledgeDocumentReader.Read(file);
            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                documents.Add(document!);
            }
        }
        if (files.Count == 0)
        {
            errors.Add(new KnowledgeError(SourceLocation.Unknown, null, "No knowledge files were found."));
        }
        if (errors.Count > 0)
        {
            return new KnowledgeLoadResult(null, errors);
        }
        var validationErrors = KnowledgeValidator.Validate(documents);
        var knowledge = validationErrors.Count == 0 ? new KnowledgeBase(documents) : null;
        return new KnowledgeLoadResult(knowledge, validationErrors);
    }

    public ErrorCode? FindCode(ErrorCodeKind kind, int number) =>
        Codes.FirstOrDefault(c => c.Kind == kind && c.Number == number);

    /// <summary>Parses <c>0x904</c>-style hexadecimal; null when it is not one.</summary>
    internal static int? ParseCode(string value) =>
        value.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        && int.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    // Duplicates were rejected by the validator; the first of each id is kept defensively.
    private static IReadOnlyDictionary<string, T> Index<T>(IEnumerable<T> items) where T : KnowledgeItem
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            index.TryAdd(item.Id, item);
        }
        return index;
    }
}

public sealed record KnowledgeLoadResult(KnowledgeBase? Knowledge, IReadOnlyList<KnowledgeError> Errors)
{
    public bool Succeeded => Knowledge is not null;
}
