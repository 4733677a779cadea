using RdpHelpBot.Dialogs.Engine.Prompts;

namespace RdpHelpBot.Dialogs.Tests.Engine.Prompts;

public sealed class MisspellingTests
{
    [Theory]
    [InlineData(3, 0)]
    [InlineData(5, 1)]
    [InlineData(9, 2)]
    [InlineData(14, 3)]
    public void AllowedEdits_LongerWords_TolerateMoreTypos(int length, int expected)
    {
        Assert.Equal(expected, Misspelling.AllowedEdits(length));
    }
}
