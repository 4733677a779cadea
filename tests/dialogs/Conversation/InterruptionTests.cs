using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

/// <summary>Help, cancel, start over and "talk to a human" work inside a question and inside a fix alike.</summary>
public sealed class InterruptionTests
{
    public static TheoryData<string> Places => new() { Question, Fix };

    private const string Question = "question";
    private const string Fix = "fix";

    [Theory]
    [MemberData(nameof(Places))]
    public async Task Help_AnyStep_GivesShortHelpThenAsksTheSameAgain(string place)
    {
        var flow = At(place, new ConversationHarness().Flow())
            .Send("help")
            .AssertReplyContains("talk to a human");
        await (place == Question ? flow.AssertQuestion("others-affected") : flow.AssertFixQuestion()).StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Places))]
    public async Task Cancel_AnyStep_ClosesTheCaseAsCancelled(string place)
    {
        var harness = new ConversationHarness();
        await At(place, harness.Flow())
            .Send("cancel")
            .AssertReplyContains("I've closed this case")
            .AssertStoredState(state => Assert.Empty(state.Stack))
            .Verify(async () => Assert.Equal(CaseEnding.Cancelled, (await harness.SingleOutcomeAsync()).Ending))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Places))]
    public async Task StartOver_AnyStep_ClosesTheCaseAndStartsFresh(string place)
    {
        var harness = new ConversationHarness();
        await At(place, harness.Flow())
            .Send("let's start over")
            .AssertReplyContains("Let's start over.")
            .Send(ConversationOpenings.VagueReport)
            .AssertReplyContains("Error 0x904")
            .AssertQuestion("recent-change")
            .Verify(async () => Assert.Equal(CaseEnding.Cancelled, (await harness.SingleOutcomeAsync()).Ending))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Places))]
    public async Task TalkToHuman_AnyStep_RecordsAnEscalationRequest(string place)
    {
        var harness = new ConversationHarness();
        await At(place, harness.Flow())
            .Send("I want to talk to a human")
            .AssertReply(reply =>
            {
                Assert.StartsWith("Here's what I'll pass on to the helpdesk:", reply.Text, StringComparison.Ordinal);
                Assert.Contains("The helpdesk now has your case with all of this; you won't have to repeat it.", reply.Text, StringComparison.Ordinal);
            })
            .AssertStoredState(state => Assert.Empty(state.Stack))
            .Verify(async () => Assert.Equal("case-1", (await harness.SingleEscalationAsync()).CaseId))
            .Verify(async () => Assert.Equal(CaseEnding.Escalated, (await harness.SingleOutcomeAsync()).Ending))
            .StartTestAsync();
    }

    private static DialogTestFlow At(string place, DialogTestFlow flow) =>
        place == Question ? flow.AtFirstQuestion() : flow.AtFirstFix();
}
