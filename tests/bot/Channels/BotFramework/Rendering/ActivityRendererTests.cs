using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Rendering;

public sealed class ActivityRendererTests
{
    private static readonly Reply Question = new("Did it work *before*?", [new Choice("yes", "Yes"), new Choice("no", "No")]);

    [Fact]
    public void Render_TextOnly_IsMarkdownMessageWithoutCard()
    {
        var activity = ActivityRenderer.Render(new Reply("**Hello**"), ActivityRenderingOptions.Default);

        Assert.Equal(("message", "**Hello**", "markdown", null), (activity.Type, activity.Text, activity.TextFormat, activity.Attachments));
    }

    [Fact]
    public void Render_ChoicesWithoutCard_AreMessageBackSuggestedActions()
    {
        var actions = ActivityRenderer.Render(Question, ActivityRenderingOptions.Default).SuggestedActions!.Actions;

        Assert.Equal(["messageBack Yes Yes yes", "messageBack No No no"],
            actions.Select(a => $"{a.Type} {a.Title} {a.DisplayText} {a.Value!.Value.GetProperty("value").GetString()}"));
    }

    [Fact]
    public void Render_Choices_ExpectInput()
    {
        Assert.Equal(ActivityRenderer.ExpectingInput, ActivityRenderer.Render(Question, ActivityRenderingOptions.Default).InputHint);
    }

    [Fact]
    public void Render_ChoicesOnTeams_AreCardButtons()
    {
        var body = CardJson.Body(Question, ActivityRenderingOptions.Teams);

        Assert.Equal(["TextBlock", "ActionSet"], body.EnumerateArray().Select(e => e.String("type")));
    }

    [Fact]
    public void Render_Card_SummarisesWithTheTextsFirstLineWithoutMarks()
    {
        var activity = ActivityRenderer.Render(new Reply("Try **this** fix\nmore", Card: new Card([new Heading("Fix")])), ActivityRenderingOptions.Default);

        Assert.Equal("Try this fix", activity.Summary);
    }

    [Theory]
    [InlineData("msteams", true)]
    [InlineData("MSTeams", true)]
    [InlineData("webchat", false)]
    [InlineData("directline", false)]
    public void ForChannel_OnlyTeamsGetsUniversalActions(string channel, bool execute)
    {
        Assert.Equal(execute, ActivityRenderingOptions.ForChannel(channel).ChoiceButtons == ChoiceButtonKind.ExecuteWithSubmitFallback);
    }
}
