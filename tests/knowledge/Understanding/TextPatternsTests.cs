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
}
