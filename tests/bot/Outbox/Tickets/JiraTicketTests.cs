using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Tickets;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Tests.Outbox.Tickets;

/// <summary>A case handed over becomes one Jira Service Management request with the transcript attached, against a local site.</summary>
public sealed class JiraTicketTests : IAsyncLifetime
{
    private readonly TicketTestCases _cases = new();
    private FakeJira _site = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _site = await FakeJira.StartAsync();
        _site.AccountsByEmail["alice@contoso.com"] = "712020:0e4b7a1c-5d2f-4c3e-9a8b-1f2e3d4c5b6a";
    }

    private async Task<OutboxDelivery> QueueAsync(string? email = "alice@contoso.com")
    {
        var settings = new JiraOptions
        {
            BaseUrl = _site.BaseUrl,
            Email = FakeJira.Email,
            ApiToken = FakeJira.ApiToken,
            ServiceDeskId = FakeJira.ServiceDeskId,
            RequestTypeId = FakeJira.RequestTypeId,
        };
        await _cases.TicketOutbox(jira: settings).QueueAsync(TicketTestCases.Packet(email: email), Ct);
        var sender = new JiraSender(_cases.Clients, Options.Create(settings), _cases.Outbox(), _cases.Tickets, _cases.Time, NullLogger<JiraSender>.Instance);
        return _cases.Delivery(sender);
    }

    [Fact]
    public async Task DeliverDueAsync_EscalatedCase_RaisesARequestOnTheUsersBehalfWithTheTranscriptAttached()
    {
        var packet = TicketTestCases.Packet();
        var delivery = await QueueAsync();

        await delivery.DeliverDueAsync(Ct);

        var request = Assert.Single(_site.Created);
        Assert.Equal(
            (FakeJira.ServiceDeskId, FakeJira.RequestTypeId, "712020:0e4b7a1c-5d2f-4c3e-9a8b-1f2e3d4c5b6a"),
            (request["serviceDeskId"]!.GetValue<string>(), request["requestTypeId"]!.GetValue<string>(), request["raiseOnBehalfOf"]!.GetValue<string>()));
        Assert.StartsWith(packet.Summary, FakeJira.Summary(request), StringComparison.Ordinal);
        Assert.Contains(packet.CaseId, FakeJira.Summary(request), StringComparison.Ordinal);
        Assert.Contains("Renew the RDP certificate: did not work", request["requestFieldValues"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var attachment = Assert.Single(_site.Attachments);
        Assert.Equal(("HD-1", $"transcript-{packet.CaseId}.txt"), (attachment.Key, attachment.FileName));
        Assert.Contains("Let's look at the certificate first.", attachment.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2!", attachment.Content, StringComparison.Ordinal);
        Assert.Equal("HD-1", Assert.Single(await _cases.Tickets.ForCaseAsync(packet.CaseId, Ct)).Number);
        Assert.Equal(OutboxState.Delivered, (await _cases.RowAsync(Ct)).State);
    }

    [Fact]
    public async Task DeliverDueAsync_UnknownEmail_RaisesTheRequestAsTheAgentAccount()
    {
        var delivery = await QueueAsync(email: "bob@fabrikam.com");

        await delivery.DeliverDueAsync(Ct);

        Assert.Null(Assert.Single(_site.Created)["raiseOnBehalfOf"]);
    }

    [Fact]
    public async Task DeliverDueAsync_ServerErrorAfterTheRequestWasMade_RetryFindsItAndMakesNoSecond()
    {
        _site.AfterCreateAnswer(500);
        var delivery = await QueueAsync();

        await delivery.DeliverDueAsync(Ct);
        Assert.Equal((OutboxState.Pending, "Jira request: HTTP 500"), ((await _cases.RowAsync(Ct)).State, (await _cases.RowAsync(Ct)).Reason));
        _cases.Time.Advance(TicketTestCases.FirstRetryDelay);
        await delivery.DeliverDueAsync(Ct);

        Assert.Single(_site.Created);
        Assert.Equal("HD-1", Assert.Single(_site.Attachments).Key);
        Assert.Equal("HD-1", Assert.Single(await _cases.Tickets.ForCaseAsync(TicketTestCases.Packet().CaseId, Ct)).Number);
        Assert.Equal(OutboxState.Delivered, (await _cases.RowAsync(Ct)).State);
    }

    [Fact]
    public async Task DeliverDueAsync_ServerErrorAfterTheTranscriptWasAttached_RetryDoesNotAttachItTwice()
    {
        _site.AfterAttachAnswer(500);
        var delivery = await QueueAsync();

        await delivery.DeliverDueAsync(Ct);
        Assert.Equal("HD-1", Assert.Single(await _cases.Tickets.ForCaseAsync(TicketTestCases.Packet().CaseId, Ct)).Number);
        _cases.Time.Advance(TimeSpan.FromMinutes(1));
        await delivery.DeliverDueAsync(Ct);
        _cases.Time.Advance(TimeSpan.FromMinutes(5));
        await delivery.DeliverDueAsync(Ct);

        Assert.Single(_site.Created);
        Assert.Single(_site.Attachments);
        Assert.Equal(OutboxState.Delivered, (await _cases.RowAsync(Ct)).State);
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _cases.Dispose();
    }
}
