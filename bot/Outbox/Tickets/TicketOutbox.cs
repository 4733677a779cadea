using System.Text.Json;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>
/// A case packet becomes one outbox row per configured ticket system, carrying the packet; its id comes from the case
/// id, so asking twice for the same case keeps one row, and the sender makes one ticket.
/// </summary>
internal sealed class TicketOutbox(IOutboxStore store, IOptions<ServiceNowOptions> serviceNow, IOptions<JiraOptions> jira, TimeProvider time)
    : ITicketOutbox
{
    public bool IsConfigured => serviceNow.Value.IsConfigured || jira.Value.IsConfigured;

    public string? Systems => (serviceNow.Value.IsConfigured, jira.Value.IsConfigured) switch
    {
        (true, true) => "ServiceNow and Jira",
        (true, false) => "ServiceNow",
        (false, true) => "Jira",
        _ => null,
    };

    public IStateWriteParticipant? Participant(CasePacket packet) =>
        Rows(packet) is { Count: > 0 } rows ? new Part(store, rows) : null;

    public Task QueueAsync(CasePacket packet, CancellationToken cancellationToken) =>
        Rows(packet) is { Count: > 0 } rows ? store.AddAsync(rows, null, cancellationToken) : Task.CompletedTask;

    /// <summary>The rows for <paramref name="packet"/>, one per configured system.</summary>
    public IReadOnlyList<OutboxMessage> Rows(CasePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var now = time.GetUtcNow();
        var payload = JsonSerializer.Serialize(packet, CasePacketJsonContext.Default.CasePacket);
        var rows = new List<OutboxMessage>(2);
        if (serviceNow.Value.IsConfigured)
            rows.Add(Row(packet.CaseId, TicketKinds.ServiceNow, serviceNow.Value.BaseUrl!, payload, now));
        if (jira.Value.IsConfigured)
            rows.Add(Row(packet.CaseId, TicketKinds.Jira, jira.Value.BaseUrl!, payload, now));
        return rows;
    }

    private static OutboxMessage Row(string caseId, string system, string baseUrl, string payload, DateTimeOffset now) => new()
    {
        Id = TicketKinds.RowId(caseId, system),
        IdempotencyKey = caseId,
        Kind = TicketKinds.Kind(system),
        Destination = baseUrl,
        Payload = payload,
        Created = now,
        NextAttempt = now,
        State = OutboxState.Pending,
    };

    private sealed class Part(IOutboxStore store, IReadOnlyList<OutboxMessage> rows) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            store.AddAsync(rows, transaction, cancellationToken);
    }
}
