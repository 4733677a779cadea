using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Outcomes;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

public sealed class IdleTests
{
    [Fact]
    public async Task Idle_CaseOpen_ClosesItAsAbandonedAndSaysSo()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .AtFirstQuestion()
            .Click("nobody-can")
            .AssertQuestion("history")
            .Advance(TimeSpan.FromMinutes(30))
            .SendEvent(TurnEvents.Idle)
            .AssertReply(reply => Assert.Contains("closed this case", reply.Text, StringComparison.Ordinal))
            .AssertStoredState(state => Assert.Empty(state.Stack))
            .Verify(async () =>
            {
                var outcome = await harness.SingleOutcomeAsync();
                Assert.Equal((CaseEnding.Abandoned, 3, TimeSpan.FromMinutes(30)), (outcome.Ending, outcome.Turns, outcome.Duration));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Idle_NoCaseOpen_SaysNothingAndRecordsNothing()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .SendEvent(TurnEvents.Idle)
            .AssertStoredState(state => Assert.Empty(state.Stack))
            .Verify(async () => Assert.Empty(await harness.Outcomes.ListAsync(TestContext.Current.CancellationToken)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Idle_ThenANewMessage_StartsAFreshCase()
    {
        await new ConversationHarness().Flow()
            .AtFirstFix()
            .SendEvent(TurnEvents.Idle)
            .AssertReply(reply => Assert.Contains("closed this case", reply.Text, StringComparison.Ordinal))
            .AtFirstQuestion()
            .StartTestAsync();
    }
}
