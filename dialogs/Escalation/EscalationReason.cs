namespace RdpHelpBot.Dialogs.Escalation;

public enum EscalationReason
{
    /// <summary>The user asked for a person.</summary>
    UserAsked,

    /// <summary>Every fix worth trying was tried, skipped or could not be done.</summary>
    FixesExhausted,

    /// <summary>The user could not do a fix that needs administrator rights on the host, and took the offer of a person.</summary>
    CannotDoHostStep,

    /// <summary>Two fixes failed with no cause standing out, and the user took the offer of a person.</summary>
    NoClearCause,

    /// <summary>Nobody can connect to the host, and the user took the offer of a person.</summary>
    HighImpact,
}
