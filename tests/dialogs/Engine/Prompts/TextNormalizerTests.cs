using RdpHelpBot.Dialogs.Engine.Prompts;

namespace RdpHelpBot.Dialogs.Tests.Engine.Prompts;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Didn't!", "didnt")]
    [InlineData("  Yes,  it’s an AZURE VM... ", "yes its an azure vm")]
    [InlineData("azure vm", "azure vm")]
    [InlineData("--", "")]
    [InlineData("  ", "")]
    public void Normalize_AMessage_GivesLowerCaseWordsSeparatedBySingleSpaces(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_ALongMessage_GivesTheSameWordsAsAShortOne()
    {
        var text = string.Concat(Enumerable.Repeat("It WORKED, then it didn't! ", 40));

        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("it worked then it didnt", 40)), normalized);
    }
}
