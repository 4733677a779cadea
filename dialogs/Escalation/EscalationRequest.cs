namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>
/// A case handed to the helpdesk, with everything the conversation found, so nobody asks the user again.
/// </summary>
public sealed record EscalationRequest
{
    public required string CaseId { get; init; }
    public required string ConversationId { get; init; }
    public required string UserId { get; init; }
    public required string Channel { get; init; }
    public EscalationReason Reason { get; init; }
    public DateTimeOffset Requested { get; init; }
    public required CaseSummary Summary { get; init; }
}

public enum EscalationReason
{
    /// <summary>The user asked for a person.</summary>
    UserAsked,

    /// <summary>Every fix worth trying was tried, skipped or could not be done.</summary>
    FixesExhausted,
}
