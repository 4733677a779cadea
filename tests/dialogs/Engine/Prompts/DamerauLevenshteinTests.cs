using RdpHelpBot.Dialogs.Engine.Prompts;

namespace RdpHelpBot.Dialogs.Tests.Engine.Prompts;

public sealed class DamerauLevenshteinTests
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
    public void Distance_TwoWords_CountsEditsWithASwapAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, DamerauLevenshtein.Distance(a, b));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(5, 1)]
    [InlineData(9, 2)]
    [InlineData(14, 3)]
    public void AllowedEdits_LongerWords_TolerateMoreTypos(int length, int expected)
    {
        Assert.Equal(expected, DamerauLevenshtein.AllowedEdits(length));
    }
}
