namespace RdpHelpBot.Dialogs.Escalation;

public enum EscalationReason
{
    /// <summary>The user asked for a person.</summary>
    UserAsked,

    /// <summary>Every fix worth trying was tried, skipped or could not be done.</summary>
    FixesExhausted,
}
