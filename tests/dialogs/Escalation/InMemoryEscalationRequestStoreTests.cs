using System.Text.Json;
using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Dialogs.Tests.Escalation;

public sealed class InMemoryEscalationRequestStoreTests
{
    [Fact]
    public async Task Save_SameCaseTwice_KeepsTheLatest()
    {
        var store = new InMemoryEscalationRequestStore();

        await store.SaveAsync(Request("case-1", EscalationReason.UserAsked), TestContext.Current.CancellationToken);
        await store.SaveAsync(Request("case-1", EscalationReason.FixesExhausted), TestContext.Current.CancellationToken);

        Assert.Equal(EscalationReason.FixesExhausted, Assert.Single(await store.ListAsync(TestContext.Current.CancellationToken)).Reason);
    }

    [Fact]
    public async Task List_SeveralCases_OldestRequestFirst()
    {
        var store = new InMemoryEscalationRequestStore();

        await store.SaveAsync(Request("late", EscalationReason.UserAsked, minutes: 5), TestContext.Current.CancellationToken);
        await store.SaveAsync(Request("early", EscalationReason.UserAsked, minutes: 1), TestContext.Current.CancellationToken);

        Assert.Equal(["early", "late"], (await store.ListAsync(TestContext.Current.CancellationToken)).Select(r => r.CaseId));
    }

    [Fact]
    public void Json_RoundTrip_KeepsTheSummary()
    {
        var request = Request("case-1", EscalationReason.FixesExhausted);

        var json = JsonSerializer.Serialize(request, EscalationJsonContext.Default.EscalationRequest);
        var read = JsonSerializer.Deserialize(json, EscalationJsonContext.Default.EscalationRequest)!;

        Assert.Equal(request.Summary.Fixes, read.Summary.Fixes);
    }

    private static EscalationRequest Request(string caseId, EscalationReason reason, int minutes = 0) => new()
    {
        CaseId = caseId,
        ConversationId = "conversation-1",
        UserId = "user-1",
        Channel = "test",
        Reason = reason,
        Requested = new DateTimeOffset(2025, 11, 3, 9, minutes, 0, TimeSpan.Zero),
        Summary = new CaseSummary(
            "an Azure VM",
            ["Error code 0x904"],
            ["The host is an Azure virtual machine."],
            [new AnsweredQuestion("Did connecting to this computer work before?", "Yes, it used to work")],
            [new TriedFix("Delete the expired RDP certificate so Windows makes a new one", "did not work")],
            [new LikelyCause("The host's self-signed RDP certificate expired", 0.4, "Likely because the host is an Azure VM.")]),
    };
}
