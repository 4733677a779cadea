using RdpHelpBot.Bot.Outbox.Tickets;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Tests.Outbox.Tickets;

/// <summary>The outbox rows a case packet becomes: one per configured ticket system, never two for one case.</summary>
public sealed class TicketOutboxTests : IDisposable
{
    private readonly TicketTestCases _cases = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueueAsync_SameCaseTwice_KeepsOneRowPerConfiguredSystem()
    {
        var outbox = _cases.TicketOutbox(
            new ServiceNowOptions { BaseUrl = "https://contoso.service-now.com" },
            new JiraOptions { BaseUrl = "https://contoso.atlassian.net" });
        var packet = TicketTestCases.Packet();

        await outbox.QueueAsync(packet, Ct);
        await outbox.QueueAsync(packet, Ct);

        var rows = await _cases.Store.ListAsync(OutboxState.Pending, Ct);
        Assert.Equal(
            [("ticket.jira", $"ticket_{packet.CaseId}_jira"), ("ticket.servicenow", $"ticket_{packet.CaseId}_servicenow")],
            rows.Select(row => (row.Kind, row.Id)).Order());
    }

    [Fact]
    public void Participant_NoTicketSystemConfigured_IsNull()
    {
        var outbox = _cases.TicketOutbox();

        Assert.Equal((false, null), (outbox.IsConfigured, outbox.Participant(TicketTestCases.Packet())));
    }

    public void Dispose() => _cases.Dispose();
}
