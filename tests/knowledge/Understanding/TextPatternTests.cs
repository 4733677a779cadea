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
