using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>One case from the first question to its ending: symptom questions, fixes, and a hand-over when fixes run out.</summary>
internal sealed class TroubleshootingDialog : ComponentDialog
{
    private readonly CaseCloser closer;

    public TroubleshootingDialog(CaseServices services)
        : base(DialogIds.Troubleshooting)
    {
        closer = new CaseCloser(services);
        AddDialog(new WaterfallDialog(DialogIds.Case,
            [AskSymptomsStepAsync, SuggestFixesStepAsync, OfferEscalationStepAsync, CloseUnresolvedCaseStepAsync]));
        AddDialog(new SymptomQuestionsDialog(services));
        AddDialog(new FixesDialog(services));
        AddDialog(new ConfirmPrompt(DialogIds.ConfirmEscalation));
    }

    private static Task<DialogTurnResult> AskSymptomsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(DialogIds.Symptoms, null, cancellationToken);

    private static Task<DialogTurnResult> SuggestFixesStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(DialogIds.Fixes, null, cancellationToken);

    private async Task<DialogTurnResult> OfferEscalationStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FixesEnding.Resolved)
            return await step.EndDialogAsync(null, cancellationToken);
        if (step.Result is EscalationReason offered)
            return await HandOverAsync(step, offered, cancellationToken);
        await step.SendAsync(new Reply(ConversationTexts.FixesExhausted), cancellationToken);
        return await step.PromptAsync(DialogIds.ConfirmEscalation, PromptOptions.Ask(ConversationTexts.OfferEscalation), cancellationToken);
    }

    private async Task<DialogTurnResult> CloseUnresolvedCaseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var file = CaseFiles.Read(step.Dialogs);
        if (step.Result is true)
            return await HandOverAsync(step, EscalationReason.FixesExhausted, cancellationToken);
        await closer.CloseAsync(step.Context, file, CaseEnding.Cancelled, cancellationToken);
        await step.SendAsync(new Reply(ConversationTexts.EscalationDeclined), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The user took an offer of a person: the case goes to the helpdesk, and the user sees what it gets.</summary>
    private async Task<DialogTurnResult> HandOverAsync(WaterfallStepContext step, EscalationReason reason, CancellationToken cancellationToken)
    {
        var handOver = await closer.EscalateAsync(step.Context, CaseFiles.Read(step.Dialogs), reason, cancellationToken);
        await step.SendAsync(EscalationReply.For(handOver), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}

/// <summary>How the fixes part of a case ended.</summary>
internal enum FixesEnding
{
    Resolved,
    Exhausted,
}
