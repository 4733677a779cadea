using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class PatternRulesTests
{
    [Fact]
    public void Load_PatternThatDoesNotCompile_ShowsThePattern()
    {
        var result = LoadWith("""
            facts:
              - id: slow-host
                statement: The host is slow.
                because: the host is slow
                patterns: ['\bslow\b', '(unclosed']
            """);

        AssertSingleError(result, line: 2, "slow-host", "pattern '(unclosed' is not a valid regular expression");
    }

    [Fact]
    public void Load_EmptyPattern_IsRejectedBecauseItMatchesEverything()
    {
        var result = LoadWith("""
            facts:
              - id: slow-host
                statement: The host is slow.
                because: the host is slow
                patterns: ['']
            """);

        AssertSingleError(result, line: 2, "slow-host", "has an empty pattern");
    }
}
