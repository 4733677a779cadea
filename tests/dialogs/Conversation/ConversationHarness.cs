using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Conversation;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
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

    public InMemoryCaseStore Cases { get; } = new();

    public InMemoryRatingStore Ratings { get; } = new();

    public InMemoryHelpdeskAuditLog Audit { get; } = new();

    /// <summary>Who may claim cases; nobody by default.</summary>
    public IHelpdeskAgents Agents { get; init; } = new ListedAgents();

    /// <summary>Where handed-over cases are posted; none by default (cases go to tickets, as without a helpdesk channel).</summary>
    public IReadOnlyList<IHelpdeskChannel> HelpdeskChannels { get; init; } = [];

    public HelpdeskServices Helpdesk => new(Cases, Agents, HelpdeskChannels) { Ratings = Ratings, Audit = Audit, Knowledge = Knowledge };

    /// <summary>Host checks for the conversation; null (the default) switches them off.</summary>
    public IHostChecks? HostChecks { get; init; }

    /// <summary>What reads the user's messages; the rules over the shipped knowledge by default.</summary>
    public IUnderstander Reader { get; init; } = Understander;

    public ConversationServices Services => new(Knowledge, Reader, Outcomes)
    {
        Helpdesk = Helpdesk,
        NewCaseId = () => $"case-{++casesOpened}",
        HostChecks = HostChecks,
    };

    public DialogTestFlow Flow() => new(() => ConversationDialogs.Create(Services), ConversationDialogs.RootDialogId) { Saved = SaveRecordsAsync };

    private async Task SaveRecordsAsync(TurnContext turn)
    {
        foreach (var outcome in turn.Outcomes)
            await Outcomes.SaveAsync(outcome, TestContext.Current.CancellationToken);
        foreach (var save in turn.CaseSaves)
            await Cases.SaveAsync(save.Case, save.ExpectedVersion, transaction: null, TestContext.Current.CancellationToken);
        foreach (var rating in turn.Ratings)
            await Ratings.SaveAsync(rating, transaction: null, TestContext.Current.CancellationToken);
    }

    public async Task<CaseOutcome> SingleOutcomeAsync() =>
        Assert.Single(await Outcomes.ListAsync(TestContext.Current.CancellationToken));

    public async Task<HelpdeskCase> SingleEscalationAsync() =>
        Assert.Single(await Cases.ListAsync(liveOnly: false, limit: 100, TestContext.Current.CancellationToken));
}
