using RdpHelpBot.Bot.Channels.Console;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.Console;

public sealed class ConsoleReplyRendererTests
{
    private static IReadOnlyList<string> Lines(Reply reply) => ConsoleReplyRenderer.Render(reply).Lines;

    private static IReadOnlyList<string> CardLines(params CardBlock[] blocks) => Lines(new Reply("", Card: new Card(blocks)));

    [Fact]
    public void Render_TextOverSeveralLines_GivesOneLineEach()
    {
        Assert.Equal(["First line.", "- a point"], Lines(new Reply("First line.\n- a point")));
    }

    [Fact]
    public void Render_MarkdownEmphasisAndCode_ArePlainText()
    {
        Assert.Equal(["Run mstsc now, really, then wait."], Lines(new Reply("Run `mstsc` **now**, *really*, then wait.")));
    }

    [Fact]
    public void Render_Link_ShowsLabelAndAddress()
    {
        Assert.Equal(["See the article (https://learn.microsoft.com/x)."], Lines(new Reply("See [the article](https://learn.microsoft.com/x).")));
    }

    [Fact]
    public void Render_HeadingAndParagraph_AreLinesInOrder()
    {
        Assert.Equal(["Renew the certificate", "It has expired."], CardLines(new Heading("Renew the certificate"), new Paragraph("It has **expired**.")));
    }

    [Fact]
    public void Render_NumberedSteps_NumbersThemAndIndentsTheCommandOnItsOwnLine()
    {
        var lines = CardLines(new NumberedSteps(
        [
            new NumberedStep("Open an elevated PowerShell."),
            new NumberedStep("Restart the service.", new CommandBlock("Restart-Service TermService -Force", "PowerShell")),
        ]));

        Assert.Equal(
            ["1. Open an elevated PowerShell.", "2. Restart the service. (PowerShell)", "    Restart-Service TermService -Force"],
            lines);
    }

    [Fact]
    public void Render_MultiLineCommand_IndentsEveryLine()
    {
        Assert.Equal(["cmd:", "    net stop TermService", "    net start TermService"], CardLines(new CommandBlock("net stop TermService\nnet start TermService", "cmd")));
    }

    [Fact]
    public void Render_Facts_AreLabelColonValue()
    {
        Assert.Equal(["Risk: low", "Takes: 5 minutes"], CardLines(new Facts([new FactLine("Risk", "low"), new FactLine("Takes", "5 minutes")])));
    }

    [Fact]
    public void Render_Choices_AreNumberedOnOneLine()
    {
        var reply = new Reply("Did it work?", [new Choice("yes", "Yes"), new Choice("no", "No"), new Choice("unsure", "Not sure")]);

        Assert.Equal(["Did it work?", "  1) Yes  2) No  3) Not sure"], Lines(reply));
    }

    [Fact]
    public void Render_CardActionsThenChoices_NumbersThemInOneSequence()
    {
        var reply = new Reply("Next?", [new Choice("human", "Talk to a person")], new Card([new Actions([new Choice("next", "Next fix")])]));

        var rendered = ConsoleReplyRenderer.Render(reply);

        Assert.Equal(["Next?", "  1) Next fix", "  2) Talk to a person"], rendered.Lines);
        Assert.Equal(["next", "human"], rendered.Choices.Select(choice => choice.Value));
    }

    [Fact]
    public void Render_ReplyWithoutChoices_OffersNone()
    {
        Assert.Empty(ConsoleReplyRenderer.Render(new Reply("Hello.")).Choices);
    }
}
