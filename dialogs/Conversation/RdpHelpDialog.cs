using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Understanding;

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

    /// <summary>
    /// Every message of a case is kept for the helpdesk, and a fix it says was already tried in vain ("I already
    /// restarted the server", whatever was asked) is recorded before anything answers it, an escalation included.
    /// The first message that describes the problem keeps how it reads beside the known reports.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.EventName is null && CaseFiles.Find(innerDc) is { } file)
        {
            var understanding = await services.UnderstandAsync(innerDc.Context, file, cancellationToken);
            var updated = file.WithUserLine(innerDc.Context)
                .WithFixesTriedBefore(understanding, services.Knowledge, file.PendingFix)
                .WithResemblanceOf(understanding);
            CaseFiles.Write(innerDc, updated with { Turns = file.Turns + 1 });
            if (SpeaksOnlyOfOtherFixes(innerDc.Context, understanding, file, updated))
            {
                // "I already restarted the server, same error" at a fix card is news about another fix, not an answer
                // to the card: its "same error" must not count against the step on screen.
                await innerDc.Context.SendAsync(new Reply(ConversationTexts.NotedAsTried), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return DialogTurnResult.Waiting;
            }
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private static bool SpeaksOnlyOfOtherFixes(TurnContext turn, Understanding understanding, CaseFile before, CaseFile after) =>
        turn.ChoiceValue is null
        && after.Fixes.Count > before.Fixes.Count
        && before.PendingFix is { } onScreen
        && !understanding.TriedFixes.Contains(onScreen)
        && understanding.Intents.All(intent => intent.Kind is IntentKind.DidNotWork);

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
