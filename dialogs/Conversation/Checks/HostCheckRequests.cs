using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// "check rdp01.contoso.com" in the middle of a case: runs the check, adds what it found to the case, and has the
/// symptom questions or the fixes pick their next step again on the new evidence.
/// </summary>
internal sealed class HostCheckRequests(CaseServices services)
{
    private readonly HostCheckRunner runner = new(services);

    /// <summary>Remembers the first host the user names in a case, so that a check can be offered.</summary>
    public static void NoteHost(DialogContext dc, CaseFile file, Understanding understanding)
    {
        if (file.Host is null && understanding.Host is { } host)
            CaseFiles.Write(dc, file with { Host = host });
    }

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, Intent request, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var file = CaseFiles.Read(dc);
        if ((request.Host ?? file.Host) is not { } host)
        {
            await turn.SendAsync(new Reply(ConversationTexts.WhichHost), cancellationToken);
            return InterruptionOutcome.Resume;
        }
        var result = await runner.RunAsync(turn, host, cancellationToken);
        var before = services.Diagnose(turn, file.Evidence);
        var checkedFile = runner.Record(file, result);
        CaseFiles.Write(dc, checkedFile);
        var active = ActivePath(dc).ToList();
        if (result is null || result.Refused || !(active.Contains(DialogIds.Symptoms) || active.Contains(DialogIds.Fixes)))
            return InterruptionOutcome.Resume;
        if (active.Contains(DialogIds.Fixes) && HostCheckRunner.LeadChange(before, services.Diagnose(turn, checkedFile.Evidence)) is { } change)
            await turn.SendAsync(new Reply(change), cancellationToken);
        CaseReplan.Request(turn);
        return InterruptionOutcome.NotHandled;
    }

    /// <summary>The ids of the active dialogs, outermost first.</summary>
    public static IEnumerable<string> ActivePath(DialogContext dc)
    {
        IReadOnlyList<DialogInstance>? stack = dc.Stack;
        while (stack is { Count: > 0 })
        {
            yield return stack[^1].Id;
            stack = stack[^1].Stack;
        }
    }
}
