using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Channels.Slack.Rendering;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Rendering;

public sealed class SlackReplyRendererTests
{
    [Fact]
    public void Render_Heading_BecomesAHeaderBlock()
    {
        var message = RenderOne(new Reply("", Card: new Card([new Heading("Renew the RDP certificate")])));

        Assert.Equal(("header", "Renew the RDP certificate"), ((string?)message.Blocks[0]!["type"], (string?)message.Blocks[0]!["text"]!["text"]));
    }

    [Fact]
    public void Render_MarkdownText_BecomesSlackMrkdwn()
    {
        var message = RenderOne(new Reply("**Bold**, *italic*, `code` and [the docs](https://learn.microsoft.com/x)\n- one\n- two"));

        Assert.Equal("*Bold*, _italic_, `code` and <https://learn.microsoft.com/x|the docs>\n• one\n• two", SectionText(message.Blocks[0]));
    }

    [Fact]
    public void Render_TextWithSlacksControlCharacters_EscapesThem()
    {
        var message = RenderOne(new Reply("Ping <!channel> & <@U1> if a > b"));

        Assert.Equal("Ping &lt;!channel&gt; &amp; &lt;@U1&gt; if a &gt; b", SectionText(message.Blocks[0]));
    }

    [Fact]
    public void Render_Command_BecomesACodeBlockUnderItsShell()
    {
        var message = RenderOne(new Reply("", Card: new Card([new CommandBlock("Get-Service TermService | Restart-Service", "PowerShell")])));

        Assert.Equal("PowerShell", (string?)message.Blocks[0]!["elements"]![0]!["text"]);
        Assert.Equal("```\nGet-Service TermService | Restart-Service\n```", SectionText(message.Blocks[1]));
    }

    [Fact]
    public void Render_Choices_BecomeButtonsCarryingTheChoiceValue()
    {
        var message = RenderOne(new Reply("Is it an Azure VM?", [new Choice("azure", "Yes"), new Choice("not-azure", "No")]));

        var buttons = message.Blocks.Last()!["elements"]!.AsArray();
        Assert.Equal(["azure", "not-azure"], buttons.Select(b => (string?)b!["value"]));
        Assert.Equal(["Yes", "No"], buttons.Select(b => (string?)b!["text"]!["text"]));
    }

    [Fact]
    public void Render_StepsWithCommands_NumberTheStepsAndShowEachCommand()
    {
        var steps = new NumberedSteps([new NumberedStep("Open PowerShell as admin."), new NumberedStep("Restart the service.", new CommandBlock("Restart-Service TermService", "PowerShell"))]);

        var message = RenderOne(new Reply("", Card: new Card([steps])));

        Assert.Equal(["*1.* Open PowerShell as admin.", "*2.* Restart the service.", null, "```\nRestart-Service TermService\n```"],
            message.Blocks.Select(b => (string?)b!["text"]?["text"]));
    }

    [Fact]
    public void Render_FactsAndText_AreNotLost()
    {
        var message = RenderOne(new Reply("Summary", Card: new Card([new Facts([new FactLine("Host", "rdp01"), new FactLine("Error", "0x904")])])));

        Assert.Equal("*Host:* rdp01\n*Error:* 0x904", SectionText(message.Blocks[1]));
    }

    [Fact]
    public void Render_ParagraphOver3000Characters_IsSplitIntoSectionsWithinTheLimitKeepingAllText()
    {
        var words = string.Join(' ', Enumerable.Repeat("certificate", 900));

        var message = RenderOne(new Reply(words));

        Assert.All(message.Blocks, block => Assert.InRange(SectionText(block).Length, 1, 3000));
        Assert.Equal(words, string.Join(' ', message.Blocks.Select(SectionText)));
    }

    [Fact]
    public void Render_ReplyOverTheMessageBudget_BecomesSeveralMessagesEachWithinSlacksLimits()
    {
        var paragraphs = Enumerable.Range(0, 12).Select(i => new Paragraph(new string((char)('a' + i), 2900))).ToList<CardBlock>();

        var messages = SlackReplyRenderer.Render(new Reply("Long guide", Card: new Card(paragraphs)));

        Assert.True(messages.Count > 1);
        Assert.All(messages, message => BlockKitLimits.AssertWithin(message.Blocks, message.Text));
        Assert.Equal(13, messages.Sum(message => message.Blocks.Count));
    }

    [Fact]
    public void Render_SixtySteps_NoMessageHasMoreThanFiftyBlocks()
    {
        var steps = new NumberedSteps([.. Enumerable.Range(1, 60).Select(i => new NumberedStep($"Step {i}."))]);

        var messages = SlackReplyRenderer.Render(new Reply("Many steps", Card: new Card([steps])));

        Assert.Equal([50, 11], messages.Select(message => message.Blocks.Count));
    }

    [Fact]
    public void Render_ThirtyChoices_SplitIntoActionsBlocksOfAtMostTwentyFiveWithUniqueActionIds()
    {
        var choices = Enumerable.Range(1, 30).Select(i => new Choice($"v{i}", $"Option {i}")).ToList();

        var message = RenderOne(new Reply("Pick one", choices));

        var actions = message.Blocks.Where(b => (string?)b!["type"] == "actions").ToList();
        Assert.Equal([25, 5], actions.Select(a => a!["elements"]!.AsArray().Count));
        Assert.Equal(30, actions.SelectMany(a => a!["elements"]!.AsArray()).Select(b => (string?)b!["action_id"]).Distinct().Count());
    }

    [Fact]
    public void Render_LongLabel_IsShortenedToSlacksButtonLimit()
    {
        var message = RenderOne(new Reply("Pick", [new Choice("long", new string('x', 100))]));

        Assert.Equal(75, ((string)message.Blocks.Last()!["elements"]![0]!["text"]!["text"]!).Length);
    }

    [Fact]
    public void Render_AnyReply_HasATextFallback()
    {
        var message = RenderOne(new Reply("", Card: new Card([new Heading("Check the certificate")])));

        Assert.Equal("Check the certificate", message.Text);
    }

    [Fact]
    public void ChoiceMade_RemovesTheButtonsAndSaysWhoChoseWhat()
    {
        var original = RenderOne(new Reply("Is it an Azure VM?", [new Choice("azure", "Yes")]));

        var chosen = ChoiceMadeMessage.Build(original.Blocks, original.Text, "U1", "Yes");

        Assert.Equal(["section", "context"], chosen.Blocks.Select(b => (string?)b!["type"]));
        Assert.Equal("<@U1> chose *Yes*", (string?)chosen.Blocks[1]!["elements"]![0]!["text"]);
    }

    [Fact]
    public void Render_HelpdeskCard_ShowsTheCaseWithClaimAsTheMainButton()
    {
        var card = new Reply("", [new Choice(HelpdeskActions.Claim, "Claim"), new Choice(HelpdeskActions.OpenTicket, "Open ticket")], new Card([
            new Heading("New case: nobody can connect to fs01"),
            new Paragraph("0x904 / extended 0x7 on a Windows Server since this morning."),
            new Facts([new FactLine("Top cause", "The RDP certificate's private key cannot be read (62 %)")]),
            new NumberedSteps([new NumberedStep("Restart the Remote Desktop Services service: did not work")]),
        ]));

        var message = RenderOne(card);

        BlockKitLimits.AssertWithin(message.Blocks, message.Text);
        Assert.Equal(["header", "section", "section", "section", "actions"], message.Blocks.Select(block => (string?)block!["type"]));
        Assert.Equal("New case: nobody can connect to fs01", message.Text);
        var buttons = message.Blocks[^1]!["elements"]!.AsArray();
        Assert.Equal(
            [("Claim", HelpdeskActions.Claim, "primary"), ("Open ticket", HelpdeskActions.OpenTicket, null)],
            buttons.Select(button => ((string?)button!["text"]!["text"], (string?)button["value"], (string?)button["style"])));
    }

    [Fact]
    public void Render_TextThatRepeatsTheCardsHeading_IsOnlyTheNotificationText()
    {
        var message = RenderOne(new Reply("RDP case 7: Waiting for an agent. Nobody can connect.", Card: new Card([
            new Heading("RDP case 7: Waiting for an agent"), new Paragraph("Nobody can connect.")])));

        Assert.Equal(["header", "section"], message.Blocks.Select(block => (string?)block!["type"]));
        Assert.Equal("RDP case 7: Waiting for an agent. Nobody can connect.", message.Text);
    }

    [Fact]
    public void Render_TextBeforeACard_IsShownAboveIt()
    {
        var message = RenderOne(new Reply("Here's what to try first:", Card: new Card([new Heading("Renew the RDP certificate")])));

        Assert.Equal(["section", "header"], message.Blocks.Select(block => (string?)block!["type"]));
    }

    private static SlackMessage RenderOne(Reply reply) => Assert.Single(SlackReplyRenderer.Render(reply));

    private static string SectionText(JsonNode? block) => (string)block!["text"]!["text"]!;
}
