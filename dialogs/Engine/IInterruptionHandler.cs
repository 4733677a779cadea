namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// Looks at a user message before the active dialog sees it and may handle it instead: help, cancel,
/// start over, talk to a human. It may send replies; the outcome tells the dialog what to do next.
/// </summary>
public interface IInterruptionHandler
{
    Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken);
}

public enum InterruptionOutcome
{
    /// <summary>Not an interruption; the active dialog continues with the message.</summary>
    NotHandled,

    /// <summary>Handled; the active dialog asks its question again.</summary>
    Resume,

    /// <summary>Handled; the whole dialog stack is cancelled.</summary>
    CancelAll,
}
