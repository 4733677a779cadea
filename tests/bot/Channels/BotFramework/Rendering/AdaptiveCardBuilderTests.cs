using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Rendering;

public sealed class AdaptiveCardBuilderTests
{
    [Fact]
    public void Build_AnyCard_IsAdaptiveCardVersion15()
    {
        var card = CardJson.Card(new Reply("", Card: new Card([new Heading("Hi")])));

        Assert.Equal(("AdaptiveCard", "1.5"), (card.String("type"), card.String("version")));
    }

    [Fact]
    public void Build_Heading_IsBolderTextBlock()
    {
        var element = Assert.Single(CardJson.Body(new Heading("Renew the certificate")));

        Assert.Equal(("TextBlock", "Renew the certificate", "Bolder"), (element.String("type"), element.String("text"), element.String("weight")));
    }

    [Fact]
    public void Build_Paragraph_WrapsAndUsesCardItalicAndDropsCodeMarks()
    {
        var element = Assert.Single(CardJson.Body(new Paragraph("Run `mstsc` **now**, *really*.")));

        Assert.Equal(("Run mstsc **now**, _really_.", true), (element.String("text"), element.GetProperty("wrap").GetBoolean()));
    }

    [Fact]
    public void Build_ReplyText_ComesBeforeTheBlocks()
    {
        var body = CardJson.Body(new Reply("First", Card: new Card([new Heading("Second")])));

        Assert.Equal(["First", "Second"], body.EnumerateArray().Select(e => e.String("text")));
    }

    [Fact]
    public void Build_NumberedSteps_NumbersEachStepAndNamesTheShell()
    {
        var body = CardJson.Body(new NumberedSteps([new NumberedStep("Open a prompt"), new NumberedStep("List sessions", new CommandBlock("qwinsta", "cmd"))]));

        Assert.Equal(["**1.** Open a prompt", "**2.** List sessions _(cmd)_"], body.Where(e => e.String("type") == "TextBlock").Select(e => e.String("text")));
    }

    [Fact]
    public void Build_StepCommand_IsAnExactMonospaceRunInAnEmphasisContainer()
    {
        const string command = @"reg query ""HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp"" /v *_x_*";
        var container = CardJson.Body(new NumberedSteps([new NumberedStep("Check", new CommandBlock(command, "cmd"))]))[1];

        var run = container.GetProperty("items")[0].GetProperty("inlines")[0];
        Assert.Equal(("Container", "emphasis", "RichTextBlock", "TextRun", command, "Monospace"),
            (container.String("type"), container.String("style"), container.GetProperty("items")[0].String("type"),
             run.String("type"), run.String("text"), run.String("fontType")));
    }

    [Fact]
    public void Build_CommandBlock_ShowsTheShellThenTheCommand()
    {
        var body = CardJson.Body(new CommandBlock("Get-Service TermService", "PowerShell"));

        Assert.Equal(("PowerShell:", "Container"), (body[0].String("text"), body[1].String("type")));
    }

    [Fact]
    public void Build_Facts_IsFactSet()
    {
        var element = Assert.Single(CardJson.Body(new Facts([new FactLine("Host", "srv1"), new FactLine("Port", "3389")])));

        Assert.Equal(["Host=srv1", "Port=3389"], element.GetProperty("facts").EnumerateArray().Select(f => $"{f.String("title")}={f.String("value")}"));
    }
}
