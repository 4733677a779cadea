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

    /// <returns>The case the message opened, or null when it opened none.</returns>
    public async Task<CaseFile?> AnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // An event on an empty stack (an idle time-out after the case closed) has nothing to close and nobody to answer.
        if (turn.EventName is not null)
            return null;
        var understanding = services.Understand(turn);
        if (understanding.Has(IntentKind.TalkToHuman))
        {
            var request = await closer.EscalateAsync(
                turn, CaseOpener.Open(services, turn, understanding), EscalationReason.UserAsked, cancellationToken);
            await turn.SendAsync(EscalationReply.For(request), cancellationToken);
            return null;
        }
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
        if (understanding.Facts.Count > 0)
        {
            await Say(turn, ConversationTexts.OpenCaseWithoutCode, cancellationToken);
            return CaseOpener.Open(services, turn, understanding);
        }
        await Say(turn, turn.Text.Length == 0 ? ConversationTexts.Welcome : NoCaseAnswer(understanding), cancellationToken);
        return null;
    }

    private static string NoCaseAnswer(Understanding understanding) => understanding.Intents.FirstOrDefault()?.Kind switch
    {
        IntentKind.Greeting => ConversationTexts.Welcome,
        IntentKind.Help => ConversationTexts.Help,
        IntentKind.CheckHost or IntentKind.WatchHost => ConversationTexts.NoHostChecks,
        _ => $"{ConversationTexts.NotAProblem} {ConversationTexts.Help}",
    };

    private static Task Say(TurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendAsync(new Reply(text), cancellationToken);
}
