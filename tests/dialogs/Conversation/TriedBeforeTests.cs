using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Tests.Testing;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

/// <summary>A fix the first message says was already tried in vain is never suggested, and the helpdesk hears of it.</summary>
public sealed class TriedBeforeTests
{
    private const string Redeploy = "restart-or-redeploy-azure-vm";

    private static readonly RuleBasedUnderstander Understander = new(ConversationHarness.Knowledge);

    private static string RedeployTitle => ConversationHarness.Knowledge.Fixes[Redeploy].Title;

    [Fact]
    public async Task FirstMessage_SaysRedeployWasTried_NeverSuggestsItAndTheHandoffListsIt()
    {
        const string report = "my azure vm gives 0x904 extended 0x7. I already tried redeploying it, same error";
        var harness = new ConversationHarness();
        var shown = new List<string>();
        await WalkEveryFix(harness.Flow(), report, shown)
            .Send("yes")
            .AssertRemainingReplies(_ => { })
            .Verify(async () =>
            {
                Assert.DoesNotContain(RedeployTitle, shown);
                var packet = (await harness.SingleEscalationAsync()).Packet;
                Assert.Equal(new TriedFix(RedeployTitle, "did not work"), packet.Fixes[0]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FirstMessage_SaysRedeployWasNotTriedYet_SuggestsIt()
    {
        const string report = "my azure vm gives 0x904 extended 0x7, I haven't tried redeploying it yet";
        var shown = new List<string>();
        await WalkEveryFix(new ConversationHarness().Flow(), report, shown)
            .Send("no")
            .AssertRemainingReplies(_ => { })
            .Verify(() =>
            {
                Assert.Contains(RedeployTitle, shown);
                return Task.CompletedTask;
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FirstMessage_AsksForAPersonAfterARestart_PacketListsTheRestartAsTried()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .Send("0x904 on our azure vm, we rebooted the VM twice and nothing changed. I need to talk to someone from the helpdesk")
            .AssertReplyContains("Here's what I'll pass on to the helpdesk:")
            .Verify(async () => Assert.Equal(
                [new TriedFix(RedeployTitle, "did not work")], (await harness.SingleEscalationAsync()).Packet.Fixes))
            .StartTestAsync();
    }

    /// <summary>Sends the report, asks for the fixes and skips each one the engine has for the report, noting every fix card shown.</summary>
    private static DialogTestFlow WalkEveryFix(DialogTestFlow flow, string report, List<string> shown)
    {
        var knowledge = ConversationHarness.Knowledge;
        var fixCount = new DiagnosisEngine(knowledge).Diagnose(CaseEvidence.Empty.WithReading(Understander.Understand(report), knowledge)).Fixes.Count;
        void Note(IReadOnlyList<Reply> replies) =>
            shown.AddRange(replies.Select(reply => reply.Card?.Blocks.FirstOrDefault()).OfType<Heading>().Select(heading => heading.Text));
        flow.Send(report).AssertRemainingReplies(_ => { }).Send("just show me the fixes").AssertRemainingReplies(Note);
        for (var skipped = 1; skipped <= fixCount; skipped++)
            flow.Click("next").AssertRemainingReplies(Note);
        return flow.Verify(() =>
        {
            Assert.Equal(fixCount, shown.Count);
            return Task.CompletedTask;
        });
    }
}
