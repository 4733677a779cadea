using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Dialogs.Outbox;

/// <summary>
/// Something a turn tells the world (a case resolved or escalated), kept in the outbox with the turn's state
/// when the turn's attempt commits, and not at all when it does not.
/// </summary>
/// <param name="Id">The event's id: the same event gets the same id, so a receiver can tell a resend.</param>
public sealed record TurnEvent(string Type, string Id, DateTimeOffset Timestamp, CaseEvent Data);

/// <summary>What a case event says: which case, where, how it ended, and its story.</summary>
public sealed record CaseEvent
{
    public required string CaseId { get; init; }
    public required string ConversationId { get; init; }
    public required string Channel { get; init; }
    public required string UserId { get; init; }

    /// <summary>The fix that resolved the case, for <see cref="TurnEventTypes.CaseResolved"/>.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>Why the case was handed over, for <see cref="TurnEventTypes.CaseEscalated"/>.</summary>
    public EscalationReason? EscalationReason { get; init; }

    public required CaseSummary Summary { get; init; }

    /// <summary>Everything the helpdesk gets about the case, for <see cref="TurnEventTypes.CaseEscalated"/>.</summary>
    public CasePacket? Packet { get; init; }

    /// <summary>The helpdesk case as it is now, for <see cref="TurnEventTypes.CaseClaimed"/> and a case an agent resolved.</summary>
    public Helpdesk.HelpdeskCase? Case { get; init; }
}

public static class TurnEventTypes
{
    public const string CaseResolved = "case.resolved";
    public const string CaseEscalated = "case.escalated";

    /// <summary>An agent claimed a handed-over case.</summary>
    public const string CaseClaimed = "case.claimed";

    public static IReadOnlyList<string> All { get; } = [CaseResolved, CaseEscalated, CaseClaimed];

    /// <summary>The id of a case's event: one per case and type.</summary>
    public static string EventId(string type, string caseId) => $"msg_{caseId}_{type.Replace('.', '_')}";
}

/// <summary>Turns a committing attempt's events into outbox rows written with its state; null when none are wanted.</summary>
public interface ITurnEventOutbox
{
    Storage.IStateWriteParticipant? Participant(IReadOnlyList<TurnEvent> events);
}
