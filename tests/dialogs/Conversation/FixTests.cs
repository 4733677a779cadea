using RdpHelpBot.Dialogs.Tests.Helpdesk;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

public sealed class FixTests
{
    [Fact]
    public async Task FixCard_FirstFix_ShowsWhyWhereRiskStepsWithCommandsAndHowToCheck()
    {
        var fix = ConversationHarness.Knowledge.Fixes["renew-rdp-certificate"];
        await new ConversationHarness().Flow()
            .Send(ConversationOpenings.AzureReport)
            .AssertAnyReply()
            .AssertQuestion("recent-change")
            .Click("nothing")
            .AssertReply(reply =>
            {
                var blocks = reply.Card!.Blocks;
                Assert.Contains("most likely cause", Assert.IsType<Paragraph>(blocks[1]).Text, StringComparison.Ordinal);
                Assert.Equal(["Where", "Rights needed", "Risk", "Time"], Assert.IsType<Facts>(blocks[2]).Lines.Select(l => l.Label));
                var steps = Assert.Single(blocks.OfType<NumberedSteps>()).Steps;
                Assert.Contains(steps, step => step.Command?.Command?.Contains("Stop-Service SessionEnv; Start-Service SessionEnv", StringComparison.Ordinal) == true);
                Assert.Contains(fix.Verify, Assert.IsType<Paragraph>(blocks[^1]).Text, StringComparison.Ordinal);
            })
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task FixCard_MediumRiskFix_WarnsWhatToBackUpFirst()
    {
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .Click("did-not-work")
            .AssertAnyReply()
            .AssertReply(reply =>
            {
                Assert.Equal("Reset the permissions of the MachineKeys folder", Assert.IsType<Heading>(reply.Card!.Blocks[0]).Text);
                Assert.Contains(reply.Card.Blocks.OfType<Paragraph>(), p => p.Text.StartsWith("**Medium risk. Before you start:**", StringComparison.Ordinal));
            })
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task No_TopCauseChanges_SaysTheCauseIsLessLikelyAndShowsTheNewOrder()
    {
        // Unsure of everything: the expired certificate leads only weakly, so one failed fix dethrones it.
        await new ConversationHarness().Flow()
            .Send(ConversationOpenings.AzureReport)
            .AssertAnyReply()
            .AssertQuestion("recent-change")
            .Click("not-sure")
            .AssertQuestion("history")
            .Click("yes")
            .AssertQuestion("others-affected")
            .Click("not-sure")
            .AssertQuestion("failure-stage")
            .Click("not-sure")
            .AssertFix("renew-rdp-certificate")
            .AssertFixQuestion()
            .Send("no, still the same error")
            .AssertReplyContains("That makes it less likely that the host's self-signed RDP certificate expired")
            .AssertFix("reset-machinekeys-permissions")
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task Yes_FixWorked_RecordsTheResolution()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .AtFirstFix()
            .Send("that fixed it!")
            .AssertReplyContains("Glad that fixed it!")
            .AssertReply(RatingTests.IsRatingQuestion)
            .AssertStoredState(state => Assert.Empty(state.Stack))
            .Verify(async () =>
            {
                var outcome = await harness.SingleOutcomeAsync();
                Assert.Equal(
                    (CaseEnding.Resolved, "renew-rdp-certificate", "expired-self-signed-cert", 3, ConversationHarness.Channel),
                    (outcome.Ending, outcome.ResolvedBy, outcome.ResolvedCause, outcome.TurnsToFix, outcome.Channel));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Yes_AfterOneFailedFix_RecordsBothAttemptsInOrder()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .AtFirstFix()
            .Click("did-not-work")
            .AssertAnyReply().AssertAnyReply().AssertFixQuestion()
            .Send("yes")
            .AssertAnyReply()
            .AssertReply(RatingTests.IsRatingQuestion)
            .Verify(async () => Assert.Equal(
                [new("renew-rdp-certificate", FixResult.DidNotWork), new FixAttempt("reset-machinekeys-permissions", FixResult.Worked)],
                (await harness.SingleOutcomeAsync()).Fixes))
            .StartTestAsync();
    }

    [Fact]
    public async Task CannotDoStep_ShowsTheNextFixAndMentionsTheHelpdesk()
    {
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .Send("I don't have admin rights")
            .AssertReplyContains("talk to a human")
            .AssertFix("reset-machinekeys-permissions")
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task ShowMeTheNextOne_SkipsWithoutLoweringTheCause()
    {
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .Click("next")
            .AssertReply("OK, here's the next one.")
            .AssertAnyReply()
            .AssertFixQuestion()
            .Send("why this one?")
            .AssertReplyContains("the most likely cause (43%) is that the host's self-signed RDP certificate expired and was not renewed")
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task FixQuestion_UnclearAnswer_AsksAgain()
    {
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .Send("blue cheese")
            .AssertReply("Sorry, I didn't get that. Did that fix it?", "Yes", "No", "I can't do this step", "Show me the next one")
            .StartTestAsync();
    }
}
