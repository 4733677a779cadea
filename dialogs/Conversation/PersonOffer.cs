using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// "Shall I hand your case to a person?" — asked before the next fix when a person may get further than the fixes:
/// the user could not do a step that needs administrator rights on the host, two fixes failed while no cause
/// stands out, or nobody can connect to the host. The bot never hands over unasked, and an offer the user
/// declined is not made again for the same reason in the same case.
/// </summary>
internal sealed class PersonOffer(CaseServices services)
{
    private const string ReasonKey = "person-offer";
    private const int FailedFixesBeforeOffering = 2;
    private const double UnsureBelow = 0.4;

    /// <summary>A waterfall step before a fix is suggested: offers a person when one is due, or moves on.</summary>
    public async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var file = CaseFiles.Read(step.Dialogs);
        var diagnosis = services.Diagnose(step.Context, file.Evidence);
        // With no fix left the case ends with its own offer (the fixes ran out); one offer at a time is enough.
        var reason = Due(file, diagnosis).Where(due => !file.DeclinedOffers.Contains(due)).Cast<EscalationReason?>().FirstOrDefault();
        if (diagnosis.Fixes.Count == 0 || reason is null)
        {
            return await step.NextAsync(null, cancellationToken);
        }
        step.Values.Set(ReasonKey, reason.Value.ToString());
        return await step.PromptAsync(DialogIds.OfferPerson, PromptOptions.Ask(Text(reason.Value)), cancellationToken);
    }

    /// <summary>At the start of the next step: the reason of an offer the user took, or null (a decline is noted).</summary>
    public async Task<EscalationReason?> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.GetString(ReasonKey) is not { } name || !Enum.TryParse<EscalationReason>(name, out var reason))
            return null;
        step.Values.Remove(ReasonKey);
        if (step.Result is true)
            return reason;
        var file = CaseFiles.Read(step.Dialogs);
        CaseFiles.Write(step.Dialogs, file with { DeclinedOffers = [.. file.DeclinedOffers, reason] });
        await step.SendAsync(new Reply(ConversationTexts.PersonOfferDeclined), cancellationToken);
        return null;
    }

    /// <summary>The reasons for an offer that hold now, most specific first.</summary>
    private IEnumerable<EscalationReason> Due(CaseFile file, CaseDiagnosis diagnosis)
    {
        if (file.Fixes.Count > 0 && file.Fixes[^1] is { Result: FixResult.CouldNotDo } last
            && services.Knowledge.Fixes.TryGetValue(last.FixId, out var fix) && fix.Needs.Contains(FixRole.HostAdmin))
        {
            yield return EscalationReason.CannotDoHostStep;
        }
        if (file.Fixes.Count(attempt => attempt.Result == FixResult.DidNotWork) >= FailedFixesBeforeOffering
            && diagnosis.Causes.Count > 0 && diagnosis.Causes[0].Probability < UnsureBelow)
        {
            yield return EscalationReason.NoClearCause;
        }
        if (file.Evidence.HasFact(WellKnownFacts.EveryoneAffected))
            yield return EscalationReason.HighImpact;
    }

    private static string Text(EscalationReason reason) => reason switch
    {
        EscalationReason.CannotDoHostStep => ConversationTexts.OfferPersonForHostRights,
        EscalationReason.NoClearCause => ConversationTexts.OfferPersonWhileUnsure,
        _ => ConversationTexts.OfferPersonForEveryone,
    };
}
