using System.Text.Json;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>What the ticket senders share: the packet a row carries, the HTTP client they use, and their log lines.</summary>
internal static partial class TicketPayload
{
    public const string HttpClientName = "tickets";

    /// <summary>The case packet of a ticket row; null when the row cannot be read.</summary>
    public static CasePacket? Read(OutboxMessage row)
    {
        try
        {
            return JsonSerializer.Deserialize(row.Payload, CasePacketJsonContext.Default.CasePacket);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static DeliveryResult Unreadable { get; } = new(DeliveryOutcome.Permanent, "the row's case packet cannot be read");

    public static DeliveryResult NotConfigured(string section) => new(DeliveryOutcome.Permanent, $"no longer configured in {section}");

    /// <summary>Whether the case already has its ticket in <paramref name="system"/>, as an earlier attempt recorded it.</summary>
    public static async Task<HelpdeskTicket?> KnownAsync(ITicketLog log, string caseId, string system, CancellationToken cancellationToken) =>
        (await log.ForCaseAsync(caseId, cancellationToken)).FirstOrDefault(ticket => ticket.System == system);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened {System} ticket {Number} for case {CaseId}")]
    public static partial void Opened(ILogger logger, string system, string number, string caseId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Found {System} ticket {Number}, opened for case {CaseId} by an earlier attempt; none opened again")]
    public static partial void Found(ILogger logger, string system, string number, string caseId);
}
