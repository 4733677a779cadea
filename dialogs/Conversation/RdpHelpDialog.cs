using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// The conversation's root: it answers a first message and, for a problem report, runs the troubleshooting
/// case. Every step below it can be interrupted (help, cancel, start over, talk to a human, what else).
/// </summary>
internal sealed class RdpHelpDialog : InterruptibleDialog
{
    private readonly CaseServices services;
    private readonly FirstContact firstContact;

    public RdpHelpDialog(CaseServices services)
        : base(DialogIds.Root, new ConversationInterruptions(services))
    {
        this.services = services;
        firstContact = new FirstContact(services);
        AddDialog(new WaterfallDialog(DialogIds.FirstContact, [AnswerFirstMessageStepAsync, TroubleshootStepAsync, FinishStepAsync]));
        AddDialog(new TroubleshootingDialog(services));
    }

    public override string? DescribeStaleState(DialogInstance instance) => CaseFiles.DescribeProblem(instance);

    protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.EventName is null && CaseFiles.Find(innerDc) is { } file)
            CaseFiles.Write(innerDc, file.WithUserLine(innerDc.Context) with { Turns = file.Turns + 1 });
        return base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerFirstMessageStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var opened = await firstContact.AnswerAsync(step.Context, cancellationToken);
        if (opened is null)
            return await step.EndDialogAsync(null, cancellationToken);
        CaseFiles.Write(step.Dialogs, opened);
        return await step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> TroubleshootStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(DialogIds.Troubleshooting, null, cancellationToken);

    private static Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);
}
