using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class TypoCorrectorTests
{
    private static TypoCorrector CreateSut() => new();

    [Theory]
    [InlineData("talk to a humna", "talk to a human")]
    [InlineData("strat over", "start over")]
    [InlineData("the certficate was renwed", "the certificate was renewed")]
    [InlineData("the thumbprnit in the regsitry", "the thumbprint in the registry")]
    [InlineData("the listner is disbaled after we renmaed it", "the listener is disabled after we renamed it")]
    public void Correct_TypoOfAKeyWord_RepairsIt(string typed, string expected) =>
        Assert.Equal(expected, CreateSut().Correct(typed));

    [Theory]
    [InlineData("show me the next one")]
    [InlineData("right away")]
    [InlineData("the agents were charged")]
    [InlineData("rdp01.contso.com")]
    [InlineData("run mstcs.exe")]
    [InlineData("we don't")]
    [InlineData("we want to rename it")]
    [InlineData("I listened and the account was reinstated")]
    public void Correct_OrdinaryWordsNamesAndFiles_KeepsThem(string text) =>
        Assert.Equal(text, CreateSut().Correct(text));

    [Fact]
    public void Correct_WordEquallyNearTwoKeyWords_KeepsIt() =>
        Assert.Equal("cat", new TypoCorrector(["cart", "coat"]).Correct("cat"));
}
