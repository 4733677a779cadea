using RdpHelpBot.Bot.Cli;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Loading;

namespace RdpHelpBot.Bot.Tests.Cli;

public sealed class PatternFactUnderstanderTests
{
    private const string Facts = """
        facts:
          - { id: host-azure-vm, statement: The host is an Azure VM., patterns: ['\bazure\b'] }
          - { id: over-vpn, statement: The user connects over a VPN., patterns: ['\bvpn\b', '\bremote access\b'] }
          - { id: worked-before, statement: It used to work., patterns: ['\bstopped working\b'] }
        """;

    [Fact]
    public void Understand_SeveralFacts_ReturnsThemInTheOrderTheyWereSaid()
    {
        var understanding = CreateSut(Facts).Understand("Over the VPN our Azure box stopped working");

        Assert.Equal(["over-vpn", "host-azure-vm", "worked-before"], understanding.Facts);
    }

    [Fact]
    public void Understand_UpperCaseText_StillRecognisesTheFact()
    {
        var understanding = CreateSut(Facts).Understand("AZURE");

        Assert.Equal(["host-azure-vm"], understanding.Facts);
    }

    [Fact]
    public void Understand_TwoPatternsOfOneFactMatch_ReportsTheFactOnce()
    {
        var understanding = CreateSut(Facts).Understand("remote access VPN");

        Assert.Equal(["over-vpn"], understanding.Facts);
    }

    [Fact]
    public void Constructor_InvalidPattern_ThrowsNamingTheFact()
    {
        var error = Assert.Throws<ArgumentException>(() => CreateSut("""
            facts:
              - { id: broken, statement: Broken., patterns: ['(unclosed'] }
            """));

        Assert.StartsWith("Fact 'broken': pattern '(unclosed' is not a valid regular expression", error.Message);
    }

    private static PatternFactUnderstander CreateSut(string yaml)
    {
        var result = KnowledgeBase.Load([new KnowledgeFile("facts.yaml", yaml)]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return new PatternFactUnderstander(result.Knowledge!);
    }
}
