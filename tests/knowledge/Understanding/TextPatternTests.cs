using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class TextPatternTests
{
    private static readonly Lazy<IReadOnlyList<string>> Texts = new(KnowledgePatterns.SampleTexts);

    [Fact]
    public void SpansOf_BuiltInPatterns_FindWhatRunningEveryPatternFinds()
    {
        var differences =
            from source in KnowledgePatterns.All()
            let pattern = TextPattern.Create(source)
            where pattern.Literals is not null
            from text in Texts.Value
            where !pattern.SpansOf(text).SequenceEqual(pattern.Regex.SpansOf(text))
            select $"'{source}' skipped \"{text}\", which it matches; it needs one of {string.Join(", ", pattern.Literals!)}";

        Assert.Empty(differences);
    }

    [Fact]
    public void SampleTexts_MatchEveryBuiltInPatternThatCanBeSkipped()
    {
        var unmatched = KnowledgePatterns.All()
            .Select(TextPattern.Create)
            .Where(pattern => pattern.Literals is not null && !Texts.Value.Any(text => pattern.Regex.SpansOf(text).Count > 0))
            .Select(pattern => pattern.Regex.ToString());

        // The comparison above is only as good as the texts it runs on.
        Assert.Empty(unmatched);
    }

    [Fact]
    public void PatternSet_BuiltInPatterns_OffersEveryPatternThatMayMatch()
    {
        var patterns = KnowledgePatterns.All().Select(TextPattern.Create).ToList();
        var set = new TextPatternSet<TextPattern>(patterns, pattern => pattern);

        var differences =
            from text in Texts.Value
            let offered = set.MayMatch(text)
            where !offered.SequenceEqual(patterns.Where(pattern => pattern.MayMatch(text)))
            select $"\"{text}\": the set offers {offered.Count} patterns, one by one {patterns.Count(pattern => pattern.MayMatch(text))}";

        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("the TUNNEL drops it", new[] { 0, 2 })]
    [InlineData("Vpn drops", new[] { 0, 1, 2 })]
    [InlineData("no such thing", new[] { 2 })]
    [InlineData("over the vpn, \u00e9 proxy", new[] { 0, 1, 2 })]
    public void PatternSet_OffersPatternsWhoseTextsAppearAndThoseThatNeedNone(string text, int[] expected)
    {
        string[] sources = [@"\b(?:vpn|tunnel) drops\b", @"\bvpn\b", @"^\W*(?:a|b)\W*$"];
        var set = new TextPatternSet<int>([0, 1, 2], i => TextPattern.Create(sources[i]));

        Assert.Equal(expected, set.MayMatch(text));
    }

    [Fact]
    public void SpansOf_TextWithoutAnyLiteral_DoesNotMatch() =>
        Assert.Empty(TextPattern.Create(@"\b(?:vpn|tunnel) drops\b").SpansOf("the proxy drops it"));

    [Fact]
    public void SpansOf_TextWithALiteral_FindsTheMatch() =>
        Assert.Equal([new TextSpan(4, 12)], TextPattern.Create(@"\b(?:vpn|tunnel) drops\b").SpansOf("the TUNNEL drops it"));

    [Fact]
    public void SpansOf_TextOutsideAscii_RunsThePattern() =>
        // Case-insensitive, the Kelvin sign is a "k": no ordinal comparison with "kelvin" would find it.
        Assert.Single(TextPattern.Create(@"\bkelvin scale\b").SpansOf("\u212Aelvin scale"));
}
