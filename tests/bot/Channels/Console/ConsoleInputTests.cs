using RdpHelpBot.Bot.Channels.Console;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.Console;

public sealed class ConsoleInputTests
{
    private static readonly Choice[] YesNo = [new("yes", "Yes"), new("no", "No")];

    [Fact]
    public void Interpret_NumberOfAChoiceOnOffer_ClicksThatChoice()
    {
        Assert.Equal(("", "no"), ConsoleInput.Interpret(" 2 ", YesNo));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("-1")]
    public void Interpret_NumberOutsideTheChoices_IsText(string line)
    {
        Assert.Equal((line, (string?)null), ConsoleInput.Interpret(line, YesNo));
    }

    [Fact]
    public void Interpret_NumberWhenNothingIsOnOffer_IsText()
    {
        Assert.Equal(("1", (string?)null), ConsoleInput.Interpret("1", []));
    }

    [Fact]
    public void Interpret_Words_AreTrimmedText()
    {
        Assert.Equal(("I get 0x904", (string?)null), ConsoleInput.Interpret("  I get 0x904  ", YesNo));
    }
}
