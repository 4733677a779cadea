using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Suggests fixes one at a time, most likely first, re-ranking after every answer: a fix that did not work
/// lowers its cause; one the user cannot do or skips just leaves the list.
/// </summary>
internal sealed class FixesDialog : ComponentDialog
{
    private const string FixKey = "fix";

    private readonly CaseServices services;
    private readonly CaseCloser closer;
    private readonly HostCheckOffer offer;
    private readonly PersonOffer personOffer;
    private readonly WatchRequests watch;

    public FixesDialog(CaseServices services)
        : base(DialogIds.Fixes)
    {
        this.services = services;
        closer = new CaseCloser(services);
        offer = new HostCheckOffer(services);
        personOffer = new PersonOffer(services);
        watch = new WatchRequests(services);
        AddDialog(new WaterfallDialog(DialogIds.SuggestFix, [offer.OfferStepAsync, OfferPersonStepAsync, SuggestFixStepAsync, RecordFixResultStepAsync]));
        AddDialog(new FixFeedbackPrompt(DialogIds.FixFeedback, services.Understander));
        AddDialog(new ConfirmPrompt(DialogIds.OfferCheck));
        AddDialog(new ConfirmPrompt(DialogIds.OfferPerson));
    }

    /// <summary>A host check changed the evidence: the fix on screen may no longer come first, so the order is taken again.</summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (!CaseReplan.TryTake(innerDc.Context))
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        await innerDc.CancelOwnStackAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(DialogIds.SuggestFix, null, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferPersonStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await offer.AnswerAsync(step, cancellationToken);
        return await personOffer.OfferStepAsync(step, cancellationToken);
    }

    private async Task<DialogTurnResult> SuggestFixStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await personOffer.AnswerAsync(step, cancellationToken) is { } handOver)
            return await step.EndDialogAsync(handOver, cancellationToken);
        var file = CaseFiles.Read(step.Dialogs);
        var fixes = services.Diagnose(step.Context, file.Evidence).Fixes;
        if (fixes.Count == 0)
            return await step.EndDialogAsync(FixesEnding.Exhausted, cancellationToken);
        step.Values.Set(FixKey, fixes[0].Fix.Id);
        CaseFiles.Write(step.Dialogs, file with { PendingFix = fixes[0].Fix.Id, PendingQuestion = null });
        var withoutHostRights = file.Evidence.HasFact(WellKnownFacts.NoAdminRights);
        await step.SendAsync(FixCard.For(fixes[0], isFirst: file.Fixes.Count == 0, withoutHostRights), cancellationToken);
        return await step.PromptAsync(
            DialogIds.FixFeedback, PromptOptions.Ask(ConversationTexts.DidThatFixIt, FixFeedback.Choices), cancellationToken);
    }

    private async Task<DialogTurnResult> RecordFixResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var file = CaseFiles.Read(step.Dialogs);
        var before = services.Diagnose(step.Context, file.Evidence);
        // A knowledge update may have dropped the fix since it was shown; then the next one is simply offered.
        if (before.Fixes.FirstOrDefault(fix => fix.Fix.Id == step.Values.GetString(FixKey)) is not { } shown)
            return await step.ReplaceDialogAsync(DialogIds.SuggestFix, null, cancellationToken);
        var feedback = (step.Result as FoundChoice)?.Value ?? FixFeedback.Next;
        if (feedback == FixFeedback.Worked)
        {
            file = file.WithFixResult(shown.Fix.Id, FixResult.Worked);
            await closer.ResolveAsync(step.Context, file, shown, cancellationToken);
            await step.SendAsync(new Reply(
                $"Glad that fixed it! I've noted that “{shown.Fix.Title}” solved it, so I can suggest it sooner next time."), cancellationToken);
            await watch.OfferAsync(step.Context, file, cancellationToken);
            await closer.AskRatingAsync(step.Context, file, cancellationToken);
            return await step.EndDialogAsync(FixesEnding.Resolved, cancellationToken);
        }
        // Whatever else the message says about the case is evidence too ("no, and I'm on a VPN").
        file = file with { Evidence = file.Evidence.WithFacts(services.Understand(step.Context).Facts, services.Knowledge) };
        file = feedback switch
        {
            FixFeedback.DidNotWork => file.WithFixResult(shown.Fix.Id, FixResult.DidNotWork) with { Evidence = file.Evidence.WithFailedFix(shown.Fix.Id) },
            FixFeedback.CannotDo => file.WithFixResult(shown.Fix.Id, FixResult.CouldNotDo) with { Evidence = WithoutRightsFor(shown.Fix, file.Evidence.WithSkippedFix(shown.Fix.Id)) },
            _ => file.WithFixResult(shown.Fix.Id, FixResult.Skipped) with { Evidence = file.Evidence.WithSkippedFix(shown.Fix.Id) },
        };
        var after = services.Diagnose(step.Context, file.Evidence);
        CaseFiles.Write(step.Dialogs, file);
        if (after.Fixes.Count > 0)
            await step.SendAsync(new Reply(Transition(feedback, before, after)), cancellationToken);
        return await step.ReplaceDialogAsync(DialogIds.SuggestFix, null, cancellationToken);
    }

    /// <summary>A user who cannot do a step on the host has no rights there: later fixes are ordered for that.</summary>
    private CaseEvidence WithoutRightsFor(Fix fix, CaseEvidence evidence) =>
        fix.RunsOn != FixPlace.Client && services.Knowledge.Facts.ContainsKey(WellKnownFacts.NoAdminRights)
            ? evidence.WithFact(WellKnownFacts.NoAdminRights, services.Knowledge)
            : evidence;

    private static string Transition(string feedback, CaseDiagnosis before, CaseDiagnosis after) => feedback switch
    {
        FixFeedback.Declined => ConversationTexts.FixDeclined,
        FixFeedback.DidNotWork when after.Causes[0].Cause.Id != before.Causes[0].Cause.Id =>
            $"{ConversationTexts.DidNotWork} That makes it less likely that {Wording.InSentence(before.Causes[0].Cause.Title)}; " +
            $"next, “{after.Fixes[0].Fix.Title}”.",
        FixFeedback.DidNotWork => ConversationTexts.DidNotWork,
        FixFeedback.CannotDo => ConversationTexts.CannotDo,
        _ => ConversationTexts.NextFix,
    };
}
