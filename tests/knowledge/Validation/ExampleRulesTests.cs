using static RdpHelpBot.Knowledge.Tests.Validation.KnowledgeFixture;

namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class ExampleRulesTests
{
    [Fact]
    public void Load_ExamplesOfAnUnknownFact_AreAnErrorNamingTheId()
    {
        var result = LoadWith("""
            examples:
              - fact: host-on-the-moon
                says: [the server is on the moon]
            """);

        AssertSingleError(result, line: 2, "host-on-the-moon", "examples name 'host-on-the-moon', which is not a fact id");
    }

    [Fact]
    public void Load_ExamplesWithoutSentences_AreAnError()
    {
        var result = LoadWith("""
            examples:
              - fact: worked-before
                says: []
            """);

        AssertSingleError(result, line: 2, "worked-before", "needs sentences under 'says'");
    }

    [Fact]
    public void Load_ExamplesOfAKnownFact_AreKeptByFact()
    {
        var result = LoadWith("""
            examples:
              - fact: worked-before
                says: [it was fine until yesterday]
              - fact: worked-before
                says: [this used to work]
            """);

        Assert.Equal(["it was fine until yesterday", "this used to work"], result.Knowledge!.Examples["worked-before"]);
    }
}
