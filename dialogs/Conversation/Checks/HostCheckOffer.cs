using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// "Shall I check rdp01.contoso.com?" — asked once per case, before the next question or fix, as soon as the user
/// has named a host and may have it checked. A yes runs the check before the question or fix is chosen.
/// </summary>
internal sealed class HostCheckOffer(CaseServices services)
{
    private readonly HostCheckRunner runner = new(services);

    /// <summary>The first step of a waterfall that asks or suggests something next: offers the check, or moves on.</summary>
    public async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var file = CaseFiles.Read(step.Dialogs);
        if (file.Host is null || file.CheckOffered || !runner.IsAvailable(step.Context))
            return await step.NextAsync(null, cancellationToken);
        CaseFiles.Write(step.Dialogs, file with { CheckOffered = true });
        return await step.PromptAsync(DialogIds.OfferCheck, PromptOptions.Ask(ConversationTexts.OfferCheck(file.Host)), cancellationToken);
    }

    /// <summary>At the start of the next step: runs the check when the user said yes.</summary>
    public async Task AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not bool accepted)
            return;
        var file = CaseFiles.Read(step.Dialogs);
        if (!accepted || file.Host is null)
        {
            await step.SendAsync(new Reply(ConversationTexts.CheckDeclined), cancellationToken);
            return;
        }
        var before = services.Diagnose(step.Context, file.Evidence);
        var checkedFile = runner.Record(file, await runner.RunAsync(step.Context, file.Host, cancellationToken));
        CaseFiles.Write(step.Dialogs, checkedFile);
        if (file.Fixes.Count > 0 && HostCheckRunner.LeadChange(before, services.Diagnose(step.Context, checkedFile.Evidence)) is { } change)
            await step.SendAsync(new Reply(change), cancellationToken);
    }
}
