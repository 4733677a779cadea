using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Samples;

/// <summary>"help" explains and resumes; "cancel" stops everything.</summary>
internal sealed class HelpAndCancelInterruptions : IInterruptionHandler
{
    public const string HelpText = "Answer the question, or say cancel to stop.";
    public const string CancelText = "Cancelled. Say anything to start again.";

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        switch (dc.Context.Text.ToUpperInvariant())
        {
            case "HELP":
                await dc.Context.SendAsync(new Reply(HelpText), cancellationToken);
                return InterruptionOutcome.Resume;
            case "CANCEL":
                await dc.Context.SendAsync(new Reply(CancelText), cancellationToken);
                return InterruptionOutcome.CancelAll;
            default:
                return InterruptionOutcome.NotHandled;
        }
    }
}
