using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Conversation;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Tests.Testing;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

/// <summary>The troubleshooting conversation over the shipped knowledge, with in-memory stores and numbered case ids.</summary>
internal sealed class ConversationHarness
{
    public const string Channel = DialogTestFlow.ChannelId;

    public static readonly KnowledgeBase Knowledge = KnowledgeBase.LoadBuiltIn().Knowledge
        ?? throw new InvalidOperationException("The built-in knowledge does not load; see the knowledge tests.");

    private static readonly RuleBasedUnderstander Understander = new(Knowledge);

    private int casesOpened;

    public InMemoryOutcomeStore Outcomes { get; } = new();

    public InMemoryEscalationRequestStore Escalations { get; } = new();

    /// <summary>Host checks for the conversation; null (the default) switches them off.</summary>
    public IHostChecks? HostChecks { get; init; }

    public ConversationServices Services => new(Knowledge, Understander, Outcomes, Escalations)
    {
        NewCaseId = () => $"case-{++casesOpened}",
        HostChecks = HostChecks,
    };

    public DialogTestFlow Flow() => new(() => ConversationDialogs.Create(Services), ConversationDialogs.RootDialogId) { Saved = SaveRecordsAsync };

    private async Task SaveRecordsAsync(TurnContext turn)
    {
        foreach (var outcome in turn.Outcomes)
            await Outcomes.SaveAsync(outcome, TestContext.Current.CancellationToken);
        foreach (var request in turn.Escalations)
            await Escalations.SaveAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<CaseOutcome> SingleOutcomeAsync() =>
        Assert.Single(await Outcomes.ListAsync(TestContext.Current.CancellationToken));

    public async Task<EscalationRequest> SingleEscalationAsync() =>
        Assert.Single(await Escalations.ListAsync(TestContext.Current.CancellationToken));
}
