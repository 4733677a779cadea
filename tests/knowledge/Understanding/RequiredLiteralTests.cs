using System.Text.RegularExpressions;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class RequiredLiteralTests
{
    [Theory]
    [InlineData(@"\bstopped working\b", "stopped working")]
    [InlineData(@"\bno (?:recent )?changes? made\b", "change")]
    [InlineData(@"\b(?:azure|aws) cloud\b", " cloud")]
    [InlineData(@"\bcert\w*\b.{0,30}\brenewed", "renewed")]
    [InlineData(@"\bcipher suites+\b", "cipher suites")]
    public void Of_Pattern_IsTheLongestTextEveryMatchContains(string pattern, string expected) =>
        Assert.Equal(expected, RequiredLiteral.Of(pattern));

    [Theory]
    [InlineData(@"\bvpn\b|\btunnel\b")]
    [InlineData(@"\x41zure cloud")]
    [InlineData(@"(?x)remote desktop")]
    [InlineData(@"[a-z-[aeiou]]xyz")]
    [InlineData(@"\b(?:mstsc|rdp)\b")]
    [InlineData(@"\bkb\d{6}")]
    public void Of_PatternItCannotVouchFor_IsNull(string pattern) => Assert.Null(RequiredLiteral.Of(pattern));

    [Fact]
    public void Of_BuiltInFactPatterns_NeverRuleOutATextThePatternMatches()
    {
        var knowledge = UnderstandingFixture.LoadKnowledge();
        var texts = SampleTexts(knowledge);
        var missed =
            from fact in knowledge.Facts.Values
            from pattern in fact.Patterns
            let literal = RequiredLiteral.Of(pattern)
            where literal is not null
            let regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            from text in texts
            where regex.IsMatch(text) && !text.Contains(literal, StringComparison.OrdinalIgnoreCase)
            select $"{fact.Id}: '{pattern}' matches \"{text}\" without '{literal}'";

        Assert.Empty(missed);
    }

    [Fact]
    public void Of_BuiltInFactPatterns_SampleTextsMatchEveryPatternWithALiteral()
    {
        var knowledge = UnderstandingFixture.LoadKnowledge();
        var texts = SampleTexts(knowledge);
        var withLiteral = knowledge.Facts.Values.SelectMany(fact => fact.Patterns).Where(p => RequiredLiteral.Of(p) is not null).ToList();
        var unmatched = withLiteral.Where(pattern =>
            !texts.Any(text => Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));

        // The check above is only as good as the texts it runs on.
        Assert.Empty(unmatched);
    }

    private static List<string> SampleTexts(KnowledgeBase knowledge)
    {
        var seeds = knowledge.Sources.Values
            .Where(source => source.Kind == SourceKind.SeedArticle && !string.IsNullOrEmpty(source.File))
            .SelectMany(source => SeedArticles.Text(source).Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries));
        var phrasings = FactReadingTests.Messages.Concat(IntentReadingTests.Messages).Concat(HostObservationPhrases.Messages)
            .Concat(ParaphrasePhrases.Messages).Concat(FieldReportPhrases.Messages).Concat(EverydayCluePhrases.Messages)
            .Select(row => row.Data.Item1);
        var statements = knowledge.Facts.Values.Select(fact => fact.Statement);
        var examples = knowledge.Facts.Values.SelectMany(fact => fact.Patterns).SelectMany(PatternExamples.Of)
            .Select(example => $"well {example} today");
        return [.. seeds.Concat(phrasings).Concat(statements).Concat(examples).Select(text => text.Trim()).Where(text => text.Length > 0)];
    }
}
