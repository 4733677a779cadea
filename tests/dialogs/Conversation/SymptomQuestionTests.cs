namespace RdpHelpBot.Dialogs.Tests.Conversation;

public sealed class SymptomQuestionTests
{
    [Theory]
    [InlineData("I get 0x904")]
    [InlineData("remote desktop says Error code: 0x904, Extended error code: 0x7")]
    [InlineData("rdp fails with 0x00000904")]
    [InlineData("getting error 2308 when connecting")]
    [InlineData("0x904/0x7")]
    public async Task ProblemReport_AnyPhrasing_ExplainsTheCodeAndStartsAsking(string report)
    {
        await CreateSut()
            .Send(report)
            .AssertReply(reply => Assert.StartsWith("Error 0x904: your PC reached the remote computer", reply.Text, StringComparison.Ordinal))
            .AssertReply(reply => Assert.NotEmpty(reply.Choices ?? []))
            .StartTestAsync();
    }

    [Fact]
    public async Task ProblemReport_WithExtendedCode_ExplainsBothCodes()
    {
        await CreateSut()
            .Send("0x904 extended 0x7")
            .AssertReplyContains("extended code 0x7 adds that the remote computer refused the connection")
            .AssertAnyReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task ProblemReport_StatingWhatTheQuestionsAsk_SkipsThoseQuestions()
    {
        // The vague report is asked whether others are affected; this one already says so.
        await CreateSut()
            .Send("0x904 and nobody can connect")
            .AssertAnyReply()
            .AssertReply(reply => Assert.NotEqual(ConversationHarness.Knowledge.Questions["others-affected"].Text, reply.Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_AnsweredByButton_AsksTheNextQuestion()
    {
        await CreateSut()
            .AtFirstQuestion()
            .Click("nobody-can")
            .AssertQuestion("history")
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_AnsweredInOwnWords_TakesTheMatchingAnswer()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .AtFirstQuestion()
            .Send("no one can get in")
            .AssertQuestion("history")
            .Send("cancel")
            .AssertAnyReply()
            .Verify(async () => Assert.Contains("everyone-affected", (await harness.SingleOutcomeAsync()).Facts))
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_FreeTextWithOtherFacts_TakesThemAsEvidence()
    {
        await CreateSut()
            .AtFirstQuestion()
            .Send("it's an azure vm and it worked before")
            .AssertReply(reply => Assert.StartsWith("Noted: the host is an Azure VM", reply.Text, StringComparison.Ordinal))
            .AssertQuestion("others-affected")
            .Click("nobody-can")
            .AssertQuestion("failure-stage")
            .Click("before-prompt")
            .AssertReplyContains("Since nobody can connect to that computer")
            .Click("no")
            .AssertReply("OK, let's keep going.")
            .AssertFix("renew-rdp-certificate")
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_UnclearAnswer_AsksAgain()
    {
        await CreateSut()
            .AtFirstQuestion()
            .Send("blue cheese")
            .AssertReply(reply =>
            {
                Assert.StartsWith("Sorry, I didn't get that.", reply.Text, StringComparison.Ordinal);
                Assert.Contains(ConversationHarness.Knowledge.Questions["others-affected"].Text, reply.Text, StringComparison.Ordinal);
            })
            .Click("nobody-can")
            .AssertQuestion("history")
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_NoUsableAnswerThreeTimes_LeavesItAndMovesOn()
    {
        await CreateSut()
            .AtFirstQuestion()
            .Send("blue cheese").AssertAnyReply()
            .Send("purple").AssertAnyReply()
            .Send("banana")
            .AssertReply("Let's leave that question.")
            .AssertQuestion("history")
            .StartTestAsync();
    }

    [Fact]
    public async Task Questions_BudgetSpentWhileOneStillHelps_ShowsTheMostLikelyFixWithoutAskingFirst()
    {
        await AfterFourNotSureAnswers(CreateSut())
            .AssertReply(reply => Assert.IsType<RdpHelpBot.Dialogs.Replies.Heading>(reply.Card?.Blocks[0]))
            .AssertFixQuestion()
            .StartTestAsync();
    }

    private static Testing.DialogTestFlow AfterFourNotSureAnswers(Testing.DialogTestFlow flow) =>
        flow.AtFirstQuestion()
            .Send("not sure").AssertQuestion("history")
            .Send("not sure").AssertQuestion("host-kind")
            .Send("not sure");

    private static Testing.DialogTestFlow CreateSut() => new ConversationHarness().Flow();
}
