using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Answers a message when no case is open: a 0x904 report (or a report of symptoms) opens a case; another
/// code is explained; a greeting gets the welcome; anything else gets short help.
/// </summary>
internal sealed class FirstContact(CaseServices services)
{
    private readonly CaseCloser closer = new(services);
    private readonly HostCheckRunner checks = new(services);
    private readonly WatchRequests watch = new(services);

    /// <returns>The case the message opened, or null when it opened none.</returns>
    public async Task<CaseFile?> AnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // An event on an empty stack (an idle time-out after the case closed) has nothing to close and nobody to answer.
        if (turn.EventName is not null)
            return null;
        var understanding = await services.UnderstandAsync(turn, openCase: null, cancellationToken);
        if (understanding.Has(IntentKind.TalkToHuman))
        {
            var handOver = await closer.EscalateAsync(
                turn, CaseOpener.Open(services, turn, understanding), EscalationReason.UserAsked, cancellationToken);
            await turn.SendAsync(EscalationReply.For(handOver), cancellationToken);
            return null;
        }
        if (await watch.HandleAsync(turn, understanding, open: null, cancellationToken) is { Handled: true } watched)
            return watched.Case;
        if (services.HostChecks is not null && understanding.Intents.FirstOrDefault(i => i.Kind == IntentKind.CheckHost) is { } checkRequest)
            return await CheckFirstAsync(turn, understanding, checkRequest.Host ?? understanding.Host, cancellationToken);
        if (understanding.Codes.Any(CodeWording.Is0x904))
        {
            await Say(turn, $"{CodeWording.Explain0x904(services.Knowledge, understanding.Codes)} {ConversationTexts.OpenCase}", cancellationToken);
            return CaseOpener.Open(services, turn, understanding);
        }
        if (understanding.Codes.Count > 0)
        {
            var explanations = understanding.Codes.Select(code => CodeWording.ExplainOther(services.Knowledge, code));
            await Say(turn, string.Join("\n\n", explanations.Append(ConversationTexts.OtherCodeClosing)), cancellationToken);
            return null;
        }
        if (understanding.Facts.Count > 0 || understanding.TriedFixes.Count > 0)
        {
            await Say(turn, ConversationTexts.OpenCaseWithoutCode, cancellationToken);
            return CaseOpener.Open(services, turn, understanding);
        }
        await Say(turn, turn.Text.Length == 0 ? ConversationTexts.Welcome : NoCaseAnswer(understanding), cancellationToken);
        return null;
    }

    /// <summary>
    /// A check asked for before any case: what it found opens a case (a check is about 0x904), as does a problem
    /// reported in the same message; a refused check alone opens none.
    /// </summary>
    private async Task<CaseFile?> CheckFirstAsync(TurnContext turn, Understanding understanding, string? host, CancellationToken cancellationToken)
    {
        var reports0x904 = understanding.Codes.Any(CodeWording.Is0x904);
        if (reports0x904)
            await Say(turn, CodeWording.Explain0x904(services.Knowledge, understanding.Codes), cancellationToken);
        if (host is null)
            await Say(turn, ConversationTexts.WhichHost, cancellationToken);
        var result = host is null ? null : await checks.RunAsync(turn, host, cancellationToken);
        var found = result is { Refused: false, Findings.Count: > 0 };
        if (!found && !reports0x904 && understanding.Facts.Count == 0 && understanding.TriedFixes.Count == 0)
            return null;
        await Say(turn, ConversationTexts.OpenCase, cancellationToken);
        return checks.Record(CaseOpener.Open(services, turn, understanding), result);
    }

    private static string NoCaseAnswer(Understanding understanding) => understanding.Intents.FirstOrDefault()?.Kind switch
    {
        IntentKind.Greeting => ConversationTexts.Welcome,
        IntentKind.Help => ConversationTexts.Help,
        IntentKind.CheckHost => ConversationTexts.NoHostChecks,
        _ => $"{ConversationTexts.NotAProblem} {ConversationTexts.Help}",
    };

    private static Task Say(TurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendAsync(new Reply(text), cancellationToken);
}
