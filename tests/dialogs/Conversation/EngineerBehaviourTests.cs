using RdpHelpBot.Dialogs.Tests.Helpdesk;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

/// <summary>What a good helpdesk engineer does beyond asking and suggesting: explains, takes "no" for an answer, gets to the point.</summary>
public sealed class EngineerBehaviourTests
{
    [Fact]
    public async Task JustShowMeTheFixes_AtTheFirstQuestion_ShowsAFixAndAsksIfItWorked()
    {
        await new ConversationHarness().Flow()
            .Send(ConversationOpenings.AzureReport)
            .AssertAnyReply()
            .AssertQuestion("recent-change")
            .Send("just show me the fixes")
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task ChangeNamedInTheFirstMessage_IsNotAskedAbout()
    {
        await new ConversationHarness().Flow()
            .Send("Since the IT firm did a performance tune-up on our office server on Saturday, nobody in the office can remote in: error 0x904 extended 0x7.")
            .AssertAnyReply()
            .AssertQuestion("history")
            .Send("yes it used to work")
            .AssertReply(reply => Assert.NotEqual(ConversationHarness.Knowledge.Questions["recent-change"].Text, reply.Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task SkipTheQuestions_InTheFirstMessage_GoesStraightToAFix()
    {
        await new ConversationHarness().Flow()
            .Send("0x904 on my Azure VM, skip the questions and give me the fix")
            .AssertAnyReply()
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task WhyDoYouAsk_AtAQuestion_SaysWhyAndAsksItAgain()
    {
        var why = ConversationHarness.Knowledge.Questions["recent-change"].Why;
        await new ConversationHarness().Flow()
            .Send(ConversationOpenings.AzureReport)
            .AssertAnyReply()
            .AssertQuestion("recent-change")
            .Send("why do you ask?")
            .AssertReply(reply => Assert.Contains(why.TrimEnd('.'), reply.Text, StringComparison.OrdinalIgnoreCase))
            .AssertQuestion("recent-change")
            .StartTestAsync();
    }

    [Fact]
    public async Task WhatDoesACodeMean_InTheMiddleOfTheQuestions_ExplainsItAndGoesOn()
    {
        var meaning = ConversationHarness.Knowledge.FindCode(ErrorCodeKind.Main, 0x204)!.Meaning.TrimEnd('.');
        await new ConversationHarness().Flow()
            .Send(ConversationOpenings.AzureReport)
            .AssertAnyReply()
            .AssertQuestion("recent-change")
            .Send("what does 0x204 mean?")
            .AssertReplyContains(meaning)
            .AssertQuestion("recent-change")
            .StartTestAsync();
    }

    [Fact]
    public async Task IsThisSafe_AtAFix_StatesItsRiskAndWhereItRuns()
    {
        var fix = ConversationHarness.Knowledge.Fixes["renew-rdp-certificate"];
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .Send("is this safe?")
            .AssertReply(reply =>
            {
                Assert.StartsWith($"**{fix.Risk} risk.**", reply.Text, StringComparison.Ordinal);
                Assert.Contains(fix.Rights, reply.Text, StringComparison.Ordinal);
            })
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task WhatDoesACommandDoHere_AtAFix_ExplainsTheStepItIsIn()
    {
        var fix = ConversationHarness.Knowledge.Fixes["renew-rdp-certificate"];
        var stepIndex = fix.Steps.ToList().FindIndex(step => step.Command is not null);
        var commandWord = fix.Steps[stepIndex].Command!.Split(' ')[0];
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .Send($"what does {commandWord} do here?")
            .AssertReplyContains($"`{commandWord}` is in step {stepIndex + 1}: {fix.Steps[stepIndex].Text}")
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task Objection_ToAFix_IsNotCountedAsAFailedFix()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .AtFirstFix()
            .Send("no way I'm doing that on a production server")
            .AssertReplyContains("I won't count it as a failed fix")
            .AssertAnyReply()
            .AssertFixQuestion()
            .Click("worked")
            .AssertAnyReply()
            .AssertReply(RatingTests.IsRatingQuestion)
            .StartTestAsync();
        var outcome = await harness.SingleOutcomeAsync();
        Assert.DoesNotContain(outcome.Fixes, attempt => attempt.Result == FixResult.DidNotWork);
    }

    [Fact]
    public async Task WrongButton_AfterAnAnswer_TakesItBackAndAsksAgain()
    {
        await new ConversationHarness().Flow()
            .Send(ConversationOpenings.AzureReport)
            .AssertAnyReply()
            .AssertQuestion("recent-change")
            .Click("windows-update")
            .AssertAnyReply()
            .Send("sorry, wrong button")
            .AssertReply("OK, I've put that right.")
            .AssertQuestion("recent-change")
            .StartTestAsync();
    }

    [Fact]
    public async Task CannotDoAHostStep_LaterHostFixesSayWhomToAsk()
    {
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .Click("cannot-do")
            .AssertAnyReply()
            .AssertAnyReply()
            .Click("no")
            .AssertReply("OK, let's keep going.")
            .AssertReply(reply =>
            {
                var card = reply.Card!;
                var where = card.Blocks.OfType<Facts>().Single().Lines.Single(line => line.Label == "Where").Value;
                var asksAdmin = card.Blocks.OfType<Paragraph>().Any(p => p.Text == "This one is done on the computer you connect to, so it needs its administrator: forward these steps to them, or say **talk to a human** and I'll pass your case to the helpdesk.");
                Assert.True(where == "Your own PC" || asksAdmin, $"a fix on {where} without saying whom to ask");
            })
            .AssertFixQuestion()
            .StartTestAsync();
    }
}
