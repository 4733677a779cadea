using RdpHelpBot.Dialogs.Conversation;
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
    public Task FirstMessage_SaysRedeployWasTried_NeverSuggestsItAndTheHandoffListsIt() =>
        AssertNeverSuggestedAndHandedOverAsync(RedeployTitle, "my azure vm gives 0x904 extended 0x7. I already tried redeploying it, same error");

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

    [Fact]
    public Task LaterMessage_SaysTheServerWasRestartedInVain_NeverSuggestsItAndTheHandoffListsIt() =>
        AssertNeverSuggestedAndHandedOverAsync(
            RestartHostTitle, "0x904 extended 0x7 on our file server since this morning", "I already restarted the server, same error");

    [Fact]
    public async Task LaterMessage_AsksForAPersonAfterARestart_PacketListsTheRestartOnce()
    {
        var harness = new ConversationHarness();
        await harness.Flow()
            .Send("0x904 extended 0x7 on our file server since this morning")
            .AssertRemainingReplies(_ => { })
            .Send("we rebooted the server twice and nothing changed. I need to talk to someone from the helpdesk")
            .AssertReplyContains("Here's what I'll pass on to the helpdesk:")
            .Verify(async () => Assert.Equal(
                [new TriedFix(RestartHostTitle, "did not work")], (await harness.SingleEscalationAsync()).Packet.Fixes))
            .StartTestAsync();
    }

    [Fact]
    public async Task LaterMessage_AtAFixCard_SaysAnotherFixWasTriedInVain_TheStepOnScreenIsStillAsked()
    {
        var harness = new ConversationHarness();
        string? onScreen = null;
        await harness.Flow()
            .Send("0x904 extended 0x7 on our file server since this morning")
            .AssertRemainingReplies(_ => { })
            .Send("just show me the fixes")
            .AssertRemainingReplies(replies => onScreen = replies.Select(reply => reply.Card?.Blocks.FirstOrDefault()).OfType<Heading>().Single().Text)
            .Send("fyi I already restarted the server yesterday, same error")
            .AssertRemainingReplies(replies =>
            {
                Assert.Contains(replies, reply => reply.Text.Contains("already tried", StringComparison.Ordinal));
                Assert.Contains(replies, reply => reply.Text == ConversationTexts.DidThatFixIt);
                Assert.DoesNotContain(replies, reply => reply.Text.Contains(ConversationTexts.DidNotWork, StringComparison.Ordinal));
            })
            .Send("talk to a human")
            .AssertRemainingReplies(_ => { })
            .Send("yes")
            .AssertRemainingReplies(_ => { })
            .Verify(async () =>
            {
                var fixes = (await harness.SingleEscalationAsync()).Packet.Fixes;
                Assert.Equal([new TriedFix(RestartHostTitle, "did not work")], fixes);
                Assert.DoesNotContain(fixes, fix => fix.Title == onScreen);
            })
            .StartTestAsync();
    }

    private static string RestartHostTitle => ConversationHarness.Knowledge.Fixes["restart-host"].Title;

    /// <summary>Walks every fix after the messages, takes the offer of a person, and checks the tried fix was never shown and is handed over.</summary>
    private static async Task AssertNeverSuggestedAndHandedOverAsync(string triedTitle, string report, params string[] later)
    {
        var harness = new ConversationHarness();
        var shown = new List<string>();
        await WalkEveryFix(harness.Flow(), report, shown, later)
            .Send("yes")
            .AssertRemainingReplies(_ => { })
            .Verify(async () =>
            {
                Assert.DoesNotContain(triedTitle, shown);
                var packet = (await harness.SingleEscalationAsync()).Packet;
                Assert.Equal(new TriedFix(triedTitle, "did not work"), packet.Fixes[0]);
            })
            .StartTestAsync();
    }

    /// <summary>
    /// Sends the report and any later messages, asks for the fixes and skips each one the engine has for what was said,
    /// noting every fix card shown.
    /// </summary>
    private static DialogTestFlow WalkEveryFix(DialogTestFlow flow, string report, List<string> shown, params string[] later)
    {
        var knowledge = ConversationHarness.Knowledge;
        var evidence = later.Prepend(report).Aggregate(CaseEvidence.Empty, (known, message) => known.WithReading(Understander.Understand(message), knowledge));
        var fixCount = new DiagnosisEngine(knowledge).Diagnose(evidence).Fixes.Count;
        void Note(IReadOnlyList<Reply> replies) =>
            shown.AddRange(replies.Select(reply => reply.Card?.Blocks.FirstOrDefault()).OfType<Heading>().Select(heading => heading.Text));
        flow.Send(report).AssertRemainingReplies(_ => { });
        foreach (var message in later)
            flow.Send(message).AssertRemainingReplies(_ => { });
        flow.Send("just show me the fixes").AssertRemainingReplies(Note);
        for (var skipped = 1; skipped <= fixCount; skipped++)
            flow.Click("next").AssertRemainingReplies(Note);
        return flow.Verify(() =>
        {
            Assert.Equal(fixCount, shown.Count);
            return Task.CompletedTask;
        });
    }
}
