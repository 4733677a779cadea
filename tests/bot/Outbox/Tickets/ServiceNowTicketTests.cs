using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Tickets;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Tests.Outbox.Tickets;

/// <summary>A case handed over becomes one ServiceNow incident, against a local instance: its fields, and no second one after an ambiguous attempt.</summary>
public sealed class ServiceNowTicketTests : IAsyncLifetime
{
    private readonly TicketTestCases _cases = new();
    private FakeServiceNow _instance = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _instance = await FakeServiceNow.StartAsync();
        _instance.UsersByEmail["alice@contoso.com"] = "5137153cc611227c000bbd1bd8cd2005";
    }

    private ServiceNowOptions Settings(bool oauth = false) => new()
    {
        BaseUrl = _instance.BaseUrl,
        UserName = oauth ? null : FakeServiceNow.UserName,
        Password = oauth ? null : FakeServiceNow.Password,
        ClientId = oauth ? FakeServiceNow.ClientId : null,
        ClientSecret = oauth ? FakeServiceNow.ClientSecret : null,
        AssignmentGroup = "Remote Access Support",
    };

    private async Task<OutboxDelivery> QueueAsync(ServiceNowOptions settings, TimeSpan? sendTimeout = null, params string[] caseIds)
    {
        var options = Options.Create(settings);
        foreach (var caseId in caseIds.DefaultIfEmpty("6f1c2a9e0b7d4e3f8a5c1d2e3f4a5b6c"))
            await _cases.TicketOutbox(serviceNow: settings).QueueAsync(TicketTestCases.Packet(caseId), Ct);
        var sender = new ServiceNowSender(_cases.Clients, options, _cases.Outbox(sendTimeout), new ServiceNowAuthorizer(options, _cases.Time),
            _cases.Tickets, _cases.Time, NullLogger<ServiceNowSender>.Instance);
        return _cases.Delivery(sender, sendTimeout);
    }

    [Fact]
    public async Task DeliverDueAsync_EscalatedCase_OpensAnIncidentWithTheCaseFieldsAndRecordsItsNumber()
    {
        var packet = TicketTestCases.Packet();
        var delivery = await QueueAsync(Settings());

        await delivery.DeliverDueAsync(Ct);

        var incident = Assert.Single(_instance.Incidents);
        Assert.Equal(
            (packet.Summary, "2", "3", "5137153cc611227c000bbd1bd8cd2005", "Remote Access Support", "self-service", packet.CaseId, "RdpHelpBot"),
            (incident["short_description"]!.GetValue<string>(), incident["urgency"]!.GetValue<string>(), incident["impact"]!.GetValue<string>(),
             incident["caller_id"]!.GetValue<string>(), incident["assignment_group"]!.GetValue<string>(), incident["contact_type"]!.GetValue<string>(),
             incident["correlation_id"]!.GetValue<string>(), incident["correlation_display"]!.GetValue<string>()));
        var description = incident["description"]!.GetValue<string>();
        Assert.Contains($"Case: {packet.CaseId}", description, StringComparison.Ordinal);
        Assert.Contains("Renew the RDP certificate: did not work", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2!", description, StringComparison.Ordinal);
        var ticket = Assert.Single(await _cases.Tickets.ForCaseAsync(packet.CaseId, Ct));
        Assert.Equal(("servicenow", incident["number"]!.GetValue<string>()), (ticket.System, ticket.Number));
        Assert.Equal(OutboxState.Delivered, (await _cases.RowAsync(Ct)).State);
    }

    [Fact]
    public async Task DeliverDueAsync_ServerErrorAfterTheInsert_RetryFindsTheIncidentByCorrelationIdAndOpensNoSecond()
    {
        _instance.AfterInsertAnswer(500);
        var delivery = await QueueAsync(Settings());

        await delivery.DeliverDueAsync(Ct);
        Assert.Equal((OutboxState.Pending, "ServiceNow incident: HTTP 500"), ((await _cases.RowAsync(Ct)).State, (await _cases.RowAsync(Ct)).Reason));
        _cases.Time.Advance(TicketTestCases.FirstRetryDelay);
        await delivery.DeliverDueAsync(Ct);

        var incident = Assert.Single(_instance.Incidents);
        Assert.Equal(incident["number"]!.GetValue<string>(), Assert.Single(await _cases.Tickets.ForCaseAsync(TicketTestCases.Packet().CaseId, Ct)).Number);
        Assert.Equal(OutboxState.Delivered, (await _cases.RowAsync(Ct)).State);
    }

    [Fact]
    public async Task DeliverDueAsync_NoAnswerInTimeAfterTheInsert_RetryOpensNoSecondIncident()
    {
        _instance.AfterInsertWait(TimeSpan.FromSeconds(5));
        var delivery = await QueueAsync(Settings(), sendTimeout: TimeSpan.FromMilliseconds(500));

        await delivery.DeliverDueAsync(Ct);
        Assert.Equal("no answer in time", (await _cases.RowAsync(Ct)).Reason);
        _cases.Time.Advance(TicketTestCases.FirstRetryDelay);
        await delivery.DeliverDueAsync(Ct);

        Assert.Single(_instance.Incidents);
        Assert.Equal(OutboxState.Delivered, (await _cases.RowAsync(Ct)).State);
        Assert.Contains("GET /api/now/table/incident", _instance.Requests);
    }

    [Fact]
    public async Task DeliverDueAsync_OAuthClientCredentials_AsksForOneTokenForSeveralIncidents()
    {
        var delivery = await QueueAsync(Settings(oauth: true), null, "case00000000000000000000000000001", "case00000000000000000000000000002");

        await delivery.DeliverDueAsync(Ct);

        Assert.Equal((2, 1), (_instance.Incidents.Count, _instance.TokensIssued));
        Assert.Equal(2, (await _cases.Store.ListAsync(OutboxState.Delivered, Ct)).Count);
    }

    [Fact]
    public async Task DeliverDueAsync_WrongPassword_DeadLettersWithTheStatusAndOpensNothing()
    {
        await QueueAsync(Settings());
        var settings = Settings();
        settings.Password = "wrong";
        var sender = new ServiceNowSender(_cases.Clients, Options.Create(settings), _cases.Outbox(), new ServiceNowAuthorizer(Options.Create(settings), _cases.Time),
            _cases.Tickets, _cases.Time, NullLogger<ServiceNowSender>.Instance);

        await _cases.Delivery(sender).DeliverDueAsync(Ct);

        var row = await _cases.RowAsync(Ct);
        Assert.Equal((OutboxState.Dead, "ServiceNow incident lookup: HTTP 401"), (row.State, row.Reason));
        Assert.Empty(_instance.Incidents);
    }

    public async ValueTask DisposeAsync()
    {
        await _instance.DisposeAsync();
        _cases.Dispose();
    }
}
