using System.Text.RegularExpressions;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class TextPatternsTests
{
    private static readonly Regex AnyPattern = TextPatterns.Create(@"\bcert\w*");

    [Fact]
    public void WithinTimeout_FirstAttemptTimesOut_ReadsTheTextOnTheSecond()
    {
        var attempts = 0;

        var result = TextPatterns.WithinTimeout(AnyPattern, "the cert expired", (_, _) =>
            ++attempts == 1 ? throw new RegexMatchTimeoutException() : "matched", "nothing");

        Assert.Equal("matched", result);
    }

    [Fact]
    public void WithinTimeout_EveryAttemptTimesOut_GivesUpWithoutThrowing()
    {
        var attempts = 0;

        var result = TextPatterns.WithinTimeout<string>(AnyPattern, "the cert expired", (_, _) =>
        {
            attempts++;
            throw new RegexMatchTimeoutException();
        }, "nothing");

        Assert.Equal(("nothing", 2), (result, attempts));
    }

    [Fact]
    public void Create_PatternThatWouldBacktrackWithoutEnd_StillFindsItsMatch()
    {
        var pattern = TextPatterns.Create(@"(?:a+)+b|c");

        var matches = pattern.MatchesOf(new string('a', 40) + " c");

        Assert.Equal("c", Assert.Single(matches).Value);
    }

    [Theory]
    [InlineData(@"(a+)+b", true)]
    [InlineData(@"(?:\w+\s?)*$", true)]
    [InlineData(@"(?:x(?:y|z+))*", true)]
    [InlineData(@"\b(?:nla|network level)\b.{0,25}\b(?:enabl\w*|disabl\w*)", false)]
    [InlineData(@"\bworked (?:fine|before)\b(?:\s+\w+)?", false)]
    [InlineData(@"[(+*]+(?:ab)?", false)]
    public void NestedRepetition_FindsOnlyRepeatedGroupsThatRepeatInside(string pattern, bool nested) =>
        Assert.Equal(nested, NestedRepetition.IsIn(pattern));
}
