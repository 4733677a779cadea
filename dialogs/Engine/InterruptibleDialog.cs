namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// A component dialog whose every step can be interrupted: before the active inner dialog continues, the
/// <see cref="IInterruptionHandler"/> may handle the message. Nested interruptible dialogs ask it once per turn.
/// </summary>
public class InterruptibleDialog : ComponentDialog
{
    private const string CheckedKey = "RdpHelpBot.Dialogs.InterruptionsChecked";

    private readonly IInterruptionHandler interruptions;

    public InterruptibleDialog(string id, IInterruptionHandler interruptions)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(interruptions);
        this.interruptions = interruptions;
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(
        DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.Items.TryAdd(CheckedKey, true))
        {
            switch (await interruptions.HandleAsync(innerDc, cancellationToken))
            {
                case InterruptionOutcome.Resume:
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return DialogTurnResult.Waiting;
                case InterruptionOutcome.CancelAll:
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
            }
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }
}
