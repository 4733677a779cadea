using RdpHelpBot.Knowledge.Text;

namespace RdpHelpBot.Knowledge.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("windows", "windows", 0)]
    [InlineData("windows", "wnidows", 1)]
    [InlineData("windows", "windos", 1)]
    [InlineData("windows", "windowss", 1)]
    [InlineData("windows", "wimdows", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "abc", 3)]
    public void Between_TwoWords_CountsEditsWithASwapAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
    }

    [Fact]
    public void Between_PhrasesLongerThanAWord_CountsTheSameEdits()
    {
        var phrase = string.Concat(Enumerable.Repeat("the remote computer requires network level authentication ", 4));
        var slipped = phrase[..150] + phrase[151] + phrase[150] + phrase[152..^3];

        Assert.Equal(4, EditDistance.Between(phrase, slipped));
        Assert.Equal(4, EditDistance.Between(slipped, phrase));
    }
}
