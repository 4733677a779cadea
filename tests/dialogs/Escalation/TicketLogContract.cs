using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Tests.Storage;

/// <summary>What every ticket log must do; each engine's tests derive from this.</summary>
public abstract class TicketLogContract
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    protected abstract ITicketLog CreateSut();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForCaseAsync_TicketsInTwoSystems_ListsBothOldestFirstAsRecorded()
    {
        var log = CreateSut();
        var jira = new HelpdeskTicket("case1", "jira", "HD-7", Now.AddSeconds(2)) { Url = "https://contoso.atlassian.net/browse/HD-7" };
        var serviceNow = new HelpdeskTicket("case1", "servicenow", "INC0010023", Now);

        await log.RecordAsync(jira, Ct);
        await log.RecordAsync(serviceNow, Ct);
        await log.RecordAsync(new HelpdeskTicket("case2", "jira", "HD-8", Now), Ct);

        Assert.Equal([serviceNow, jira], await log.ForCaseAsync("case1", Ct));
    }

    [Fact]
    public async Task RecordAsync_SecondTicketForTheSameCaseAndSystem_KeepsTheFirst()
    {
        var log = CreateSut();

        await log.RecordAsync(new HelpdeskTicket("case1", "servicenow", "INC0010023", Now), Ct);
        await log.RecordAsync(new HelpdeskTicket("case1", "servicenow", "INC0010024", Now.AddMinutes(1)), Ct);

        Assert.Equal("INC0010023", Assert.Single(await log.ForCaseAsync("case1", Ct)).Number);
    }

    [Fact]
    public async Task ForCaseAsync_NoTicket_IsEmpty() => Assert.Empty(await CreateSut().ForCaseAsync("case1", Ct));
}
