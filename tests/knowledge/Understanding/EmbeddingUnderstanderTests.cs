using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>The understander that reads by meaning, over the shipped knowledge and its example phrasings.</summary>
public sealed class EmbeddingUnderstanderTests
{
    private static readonly Lazy<EmbeddingUnderstander> Shared = new(() =>
    {
        var knowledge = UnderstandingFixture.LoadKnowledge();
        return new EmbeddingUnderstander(new RuleBasedUnderstander(knowledge), knowledge);
    });

    [Theory]
    [InlineData("I think my old session is still hanging around on the server", "disconnected-session")]
    public void Understand_WordsNoPatternLists_ReadsTheFactTheyMean(string message, string fact)
    {
        Assert.DoesNotContain(fact, UnderstandingFixture.Understander.Understand(message).Facts);

        Assert.Contains(fact, Shared.Value.Understand(message).Facts);
    }

    [Fact]
    public void Understand_FactTheRulesRead_KeepsTheirReading()
    {
        var message = "error 0x904 on our Azure VM since this morning, we are not on a VPN";

        var understanding = Shared.Value.Understand(message);

        Assert.Equal(UnderstandingFixture.Understander.Understand(message).Facts, understanding.Facts.Take(3));
        Assert.Equal("0x904", understanding.Codes.Single().Hex);
        Assert.DoesNotContain("over-vpn", understanding.Facts);
    }

    [Fact]
    public void Understand_KnownReports_ReadMostLikeTheirOwnCause()
    {
        var knowledge = UnderstandingFixture.LoadKnowledge();
        var firstOfEachCause = knowledge.Reports.GroupBy(r => r.Cause).Select(g => g.First()).ToList();

        var closest = firstOfEachCause.Select(r => Shared.Value.Understand(r.Text).Resemblance.MaxBy(c => c.Value).Key).ToList();

        Assert.True(firstOfEachCause.Count >= 30, $"{firstOfEachCause.Count} causes have known reports");
        Assert.Equal(firstOfEachCause.Select(r => r.Cause), closest);
    }

    [Theory]
    [InlineData("I get 0x904")]
    [InlineData("Azure VM")]
    [InlineData("yes it worked before")]
    public void Understand_ShortAnswer_IsNotComparedWithReports(string message)
    {
        Assert.Empty(Shared.Value.Understand(message).Resemblance);
    }

    [Fact]
    public void Understand_TheRulesAlone_CompareNothing()
    {
        Assert.Empty(UnderstandingFixture.Understander.Understand(
            "since Monday nobody in the office can open a remote desktop session to the accounting server").Resemblance);
    }

    [Fact]
    public async Task UnderstandAsync_CaseAlreadyCompared_ReadsFactsButComparesNothing()
    {
        const string message = "since Monday nobody in the office can open a remote desktop session to the accounting server";

        var read = await Shared.Value.UnderstandAsync(
            new UnderstandingRequest(message, "c1", CompareWithReports: false), TestContext.Current.CancellationToken);

        Assert.Empty(read.Resemblance);
        Assert.NotEmpty(Shared.Value.Understand(message).Resemblance);
        Assert.Equal(Shared.Value.Understand(message).Facts, read.Facts);
    }
}
