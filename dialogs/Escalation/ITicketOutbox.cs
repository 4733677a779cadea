using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>
/// Opens a helpdesk ticket for a case in every configured ticket system, through the outbox: one row per system, its
/// id derived from the case id, so a case never gets two tickets in one system however often this is called.
/// </summary>
public interface ITicketOutbox
{
    /// <summary>Whether any ticket system is configured; when none is, the other members do nothing.</summary>
    bool IsConfigured { get; }

    /// <summary>The configured ticket systems in words ("ServiceNow", "ServiceNow and Jira"); null when none is.</summary>
    string? Systems { get; }

    /// <summary>The rows for <paramref name="packet"/>, written with a turn's state; null when no ticket system is configured.</summary>
    IStateWriteParticipant? Participant(CasePacket packet);

    /// <summary>Keeps the rows for <paramref name="packet"/> on their own, outside a turn's state write.</summary>
    Task QueueAsync(CasePacket packet, CancellationToken cancellationToken);
}
