using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// What the user can say at any step of a case: help, "what else could it be?" and questions about what is on
/// screen ("why do you ask?", "is this safe?") answer and ask the current question again; "check rdp01.contoso.com" runs a host check and weighs what it found; cancel, start over and "talk to a human" close the case. An idle event closes it with a goodbye.
/// </summary>
internal sealed class ConversationInterruptions(CaseServices services) : IInterruptionHandler
{
    private readonly CaseCloser closer = new(services);
    private readonly HostCheckRequests checks = new(services);
    private readonly CaseExplainer explainer = new(services);
    private readonly WatchRequests watch = new(services);

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var file = CaseFiles.Find(dc);
        if (turn.EventName == TurnEvents.Idle)
        {
            if (file is not null)
            {
                await closer.CloseAsync(turn, file, CaseEnding.Abandoned, cancellationToken);
                // Sent by the host as a message of its own: the user may come back to it much later.
                await Say(turn, ConversationTexts.ClosedWhileAway, cancellationToken);
            }
            return InterruptionOutcome.CancelAll;
        }
        var understanding = await services.UnderstandAsync(turn, file, cancellationToken);
        if (file is not null)
            HostCheckRequests.NoteHost(dc, file, understanding);
        if (await watch.HandleAsync(turn, understanding, file, cancellationToken) is { Handled: true } watched)
            return Replan(dc, watched.Case);
        var interruption = understanding.Intents.Select(intent => intent.Kind).FirstOrDefault(IsInterruption, IntentKind.Greeting);
        switch (interruption)
        {
            case IntentKind.CheckHost when file is not null:
                return await checks.HandleAsync(dc, understanding.Intents.First(intent => intent.Kind == IntentKind.CheckHost), cancellationToken);
            case IntentKind.Help:
                await Say(turn, ConversationTexts.Help, cancellationToken);
                return InterruptionOutcome.Resume;
            case IntentKind.AskWhy or IntentKind.AskMeaning or IntentKind.AskSafety:
                await turn.SendAsync(explainer.Explain(turn, file, understanding, interruption), cancellationToken);
                return InterruptionOutcome.Resume;
            case IntentKind.WhatElse when file is not null:
                await turn.SendAsync(RankingCard.For(services.Diagnose(turn, file.Evidence)), cancellationToken);
                return InterruptionOutcome.Resume;
            case IntentKind.TalkToHuman when file is not null:
                var handOver = await closer.EscalateAsync(turn, file, EscalationReason.UserAsked, cancellationToken);
                await turn.SendAsync(EscalationReply.For(handOver), cancellationToken);
                return InterruptionOutcome.CancelAll;
            case IntentKind.Cancel or IntentKind.StartOver:
                if (file is not null)
                    await closer.CloseAsync(turn, file, CaseEnding.Cancelled, cancellationToken);
                await Say(turn, interruption == IntentKind.Cancel ? ConversationTexts.Cancelled : ConversationTexts.StartOver, cancellationToken);
                return InterruptionOutcome.CancelAll;
            default:
                return InterruptionOutcome.NotHandled;
        }
    }

    /// <summary>A case the watch changed ("Show me how to renew", "Check now") has its questions or fixes choose again.</summary>
    private static InterruptionOutcome Replan(DialogContext dc, CaseFile? changed)
    {
        if (changed is null)
            return InterruptionOutcome.Resume;
        CaseFiles.Write(dc, changed);
        var active = HostCheckRequests.ActivePath(dc).ToList();
        if (!(active.Contains(DialogIds.Symptoms) || active.Contains(DialogIds.Fixes)))
            return InterruptionOutcome.Resume;
        CaseReplan.Request(dc.Context);
        return InterruptionOutcome.NotHandled;
    }

    private static bool IsInterruption(IntentKind kind) =>
        kind is IntentKind.Help or IntentKind.AskWhy or IntentKind.AskMeaning or IntentKind.AskSafety or IntentKind.CheckHost or IntentKind.WhatElse or IntentKind.TalkToHuman or IntentKind.Cancel or IntentKind.StartOver;

    private static Task Say(TurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendAsync(new Reply(text), cancellationToken);
}
