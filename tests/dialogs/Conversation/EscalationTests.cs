using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

public sealed class EscalationTests
{
    [Fact]
    public async Task TalkToHuman_AfterAFailedFix_RecordsTheWholeStory()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .AtFirstFix()
            .Click("did-not-work")
            .AssertAnyReply().AssertAnyReply().AssertFixQuestion()
            .Send("can I speak to a real person")
            .AssertAnyReply()
            .Verify(async () =>
            {
                var summary = (await harness.SingleEscalationAsync()).Packet;
                Assert.Equal("an Azure VM", summary.Context);
                Assert.Equal(["Error code 0x904", "Extended error code 0x7"], summary.Codes);
                Assert.Contains("Nothing was knowingly changed before the failure.", summary.Facts);
                Assert.Equal(
                    [new AnsweredQuestion("Did anything change shortly before it stopped working?", "Nothing that I know of")],
                    summary.Questions);
                Assert.Equal([new TriedFix("Delete the expired RDP certificate so Windows makes a new one", "did not work")], summary.Fixes);
                Assert.Equal(3, summary.Causes.Count);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TalkToHuman_WithoutATranscript_PacketHasTheUsersOwnWordsRedacted()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .Send("my azure vm gives 0x904 since today, the admin password is Hunter2! if you need it")
            .AssertAnyReply().AssertAnyReply()
            .Send("please get me a person")
            .AssertAnyReply()
            .Verify(async () =>
            {
                var said = (await harness.SingleEscalationAsync()).Packet.Transcript.Select(turn => turn.User).ToList();
                Assert.Equal(2, said.Count);
                Assert.Contains(SecretRedactor.Mark, said[0], StringComparison.Ordinal);
                Assert.DoesNotContain("Hunter2", said[0], StringComparison.Ordinal);
                Assert.Equal("please get me a person", said[1]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TalkToHuman_RequestCarriesWhoAndWhere()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .AtFirstQuestion()
            .Send("can I talk to a person")
            .AssertAnyReply()
            .Verify(async () =>
            {
                var request = await harness.SingleEscalationAsync();
                Assert.Equal(
                    (DialogTestFlow.ConversationId, DialogTestFlow.UserId, ConversationHarness.Channel, EscalationReason.UserAsked),
                    (request.UserConversation.ConversationId, request.UserId, request.UserConversation.ChannelId, request.Reason));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TalkToHuman_FirstMessage_RecordsARequestWithWhatTheMessageSaid()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .Send("my azure vm gives 0x904, I need to talk to someone from the helpdesk")
            .AssertReplyContains("Here's what I'll pass on to the helpdesk:")
            .Verify(async () => Assert.Contains("The host is an Azure virtual machine.", (await harness.SingleEscalationAsync()).Packet.Facts))
            .StartTestAsync();
    }

    [Fact]
    public async Task FixesExhausted_OffersToRecordTheCaseForTheHelpdesk()
    {
        await SkipEveryFix(new ConversationHarness().Flow().AtFirstFix())
            .AssertReply("That was the last fix I have for this case.")
            .AssertReply("Shall I record your case for the helpdesk, with everything we found?", "Yes", "No")
            .StartTestAsync();
    }

    [Fact]
    public async Task FixesExhausted_Yes_RecordsTheRequestAsExhausted()
    {
        var harness = new ConversationHarness();
        await SkipEveryFix(harness.Flow().AtFirstFix())
            .AssertAnyReply()
            .AssertAnyReply()
            .Send("yes please")
            .AssertReplyContains("The helpdesk now has your case")
            .Verify(async () => Assert.Equal(EscalationReason.FixesExhausted, (await harness.SingleEscalationAsync()).Reason))
            .StartTestAsync();
    }

    [Fact]
    public async Task FixesExhausted_No_ClosesTheCaseWithoutARequest()
    {
        var harness = new ConversationHarness();
        await SkipEveryFix(harness.Flow().AtFirstFix())
            .AssertAnyReply()
            .AssertAnyReply()
            .Send("no")
            .AssertReplyContains("without handing it over")
            .Verify(async () => Assert.Empty(await harness.Cases.ListAsync(liveOnly: false, limit: 100, TestContext.Current.CancellationToken)))
            .StartTestAsync();
    }

    /// <summary>Clicks "Show me the next one" on every fix the engine ranks for the Azure report.</summary>
    private static DialogTestFlow SkipEveryFix(DialogTestFlow flow)
    {
        var knowledge = ConversationHarness.Knowledge;
        var evidence = Knowledge.Diagnosis.CaseEvidence.Empty
            .WithFacts(["host-azure-vm", "worked-before"], knowledge)
            .WithAskedQuestion("history");
        var fixCount = new Knowledge.Diagnosis.DiagnosisEngine(knowledge).Diagnose(evidence).Fixes.Count;
        for (var shown = 1; shown < fixCount; shown++)
            flow.Click("next").AssertReply("OK, here's the next one.").AssertAnyReply().AssertFixQuestion();
        return flow.Click("next");
    }
}
