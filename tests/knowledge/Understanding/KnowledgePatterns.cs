using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;
using YamlDotNet.RepresentationModel;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>
/// Every pattern a message runs (the shipped facts, the tried fixes and the intent phrases), and texts to run them
/// on: what users wrote in the evaluation reports and conversation stories, as typed and as the readers see them
/// (normalised and typo-corrected), the test phrasings, the seed articles and texts spelled out from each pattern.
/// </summary>
internal static class KnowledgePatterns
{
    private static readonly string[] UserTextKeys = ["text", "opening", "volunteers"];

    // Patterns whose spelled-out examples do not match (what stands between two parts is left empty).
    private static readonly string[] Phrasings = ["the nsg denies rdp from outside"];

    public static IReadOnlyList<string> All()
    {
        var knowledge = UnderstandingFixture.LoadKnowledge();
        return
        [
            .. knowledge.Facts.Values.SelectMany(fact => fact.Patterns),
            .. knowledge.Fixes.Values.SelectMany(fix => fix.TriedPatterns),
            .. IntentPhrases.All.Select(phrase => phrase.Pattern.Regex.ToString()),
        ];
    }

    public static IReadOnlyList<string> SampleTexts()
    {
        var knowledge = UnderstandingFixture.LoadKnowledge();
        // The seed articles add prose no user wrote; without them the check still runs on everything else.
        var seeds = knowledge.Sources.Values
            .Where(source => SeedArticles.ShouldRead && source.Kind == SourceKind.SeedArticle && !string.IsNullOrEmpty(source.File))
            .SelectMany(source => SeedArticles.Text(source).Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries));
        var phrasings = FactReadingTests.Messages.Concat(IntentReadingTests.Messages).Concat(HostObservationPhrases.Messages)
            .Concat(ParaphrasePhrases.Messages).Concat(FieldReportPhrases.Messages).Concat(EverydayCluePhrases.Messages)
            .Select(row => row.Data.Item1);
        var statements = knowledge.Facts.Values.Select(fact => fact.Statement);
        var examples = All().SelectMany(PatternExamples.Of).SelectMany(example => new[] { example, $"well {example} today" });
        var userTexts = EvaluationTexts().SelectMany(text => text.Split(['\n', '.']).Prepend(text));
        var corrector = new TypoCorrector();
        return
        [
            .. seeds.Concat(phrasings).Concat(statements).Concat(examples).Concat(userTexts).Concat(Phrasings)
                .Select(text => text.Trim())
                .Where(text => text.Length > 0)
                .SelectMany(text => new[] { text, corrector.Correct(TextNormaliser.Normalise(text)) })
                .Distinct(StringComparer.Ordinal),
        ];
    }

    // knowledge/eval is part of the repository, found by walking up from the test binaries.
    private static IEnumerable<string> EvaluationTexts()
    {
        var folder = Ancestors().Select(d => Path.Combine(d.FullName, "knowledge", "eval")).FirstOrDefault(Directory.Exists);
        Assert.True(folder is not null, $"No knowledge/eval folder in any parent of {AppContext.BaseDirectory}.");
        var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                yaml.Load(reader);
            }
            foreach (var text in yaml.Documents.SelectMany(document => UserTexts(document.RootNode)))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<DirectoryInfo> Ancestors()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            yield return directory;
        }
    }

    private static IEnumerable<string> UserTexts(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.SelectMany(UserTexts),
        YamlMappingNode mapping => mapping.Children.SelectMany(entry =>
            entry.Key is YamlScalarNode { Value: { } key } && UserTextKeys.Contains(key) ? Scalars(entry.Value) : UserTexts(entry.Value)),
        _ => [],
    };

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => [value],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        _ => [],
    };
}
