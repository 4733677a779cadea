using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Dialogs.Conversation.Case;

/// <summary>
/// Ends a case: records its outcome and, for a hand-over, the escalation request with the case's story; a resolved or
/// escalated case is also announced (<see cref="TurnEventTypes"/>). All of it goes with the turn: saved with its state
/// by the attempt that commits, and not at all by an attempt that is run again.
/// </summary>
internal sealed class CaseCloser(CaseServices services)
{
    public Task CloseAsync(TurnContext turn, CaseFile file, CaseEnding ending, CancellationToken cancellationToken)
    {
        turn.Record(Outcome(turn, file, ending));
        return Task.CompletedTask;
    }

    public Task ResolveAsync(TurnContext turn, CaseFile file, RankedFix resolvedBy, CancellationToken cancellationToken)
    {
        Publish(turn, file, TurnEventTypes.CaseResolved, CaseEvent(turn, file, CaseSummaries.Build(file, services.Knowledge, services.Diagnose(turn, file.Evidence)))
            with { ResolvedBy = resolvedBy.Fix.Id });
        turn.Record(Outcome(turn, file, CaseEnding.Resolved) with
        {
            ResolvedBy = resolvedBy.Fix.Id,
            ResolvedCause = resolvedBy.Cause.Id,
            TurnsToFix = file.Turns,
        });
        return Task.CompletedTask;
    }

    public async Task<EscalationRequest> EscalateAsync(
        TurnContext turn, CaseFile file, EscalationReason reason, CancellationToken cancellationToken)
    {
        var request = new EscalationRequest
        {
            CaseId = file.CaseId,
            ConversationId = turn.ConversationId,
            UserId = turn.UserId,
            Channel = turn.ChannelId,
            Reason = reason,
            Requested = turn.Time.GetUtcNow(),
            Summary = CaseSummaries.Build(file, services.Knowledge, services.Diagnose(turn, file.Evidence)),
        };
        turn.Record(request);
        Publish(turn, file, TurnEventTypes.CaseEscalated, CaseEvent(turn, file, request.Summary) with { EscalationReason = reason });
        await CloseAsync(turn, file, CaseEnding.Escalated, cancellationToken);
        return request;
    }

    private static void Publish(TurnContext turn, CaseFile file, string type, CaseEvent data) =>
        turn.Publish(new TurnEvent(type, TurnEventTypes.EventId(type, file.CaseId), turn.Time.GetUtcNow(), data));

    private static CaseEvent CaseEvent(TurnContext turn, CaseFile file, CaseSummary summary) => new()
    {
        CaseId = file.CaseId,
        ConversationId = turn.ConversationId,
        Channel = turn.ChannelId,
        UserId = turn.UserId,
        Summary = summary,
    };

    private CaseOutcome Outcome(TurnContext turn, CaseFile file, CaseEnding ending) => new()
    {
        CaseId = file.CaseId,
        ConversationId = turn.ConversationId,
        Channel = turn.ChannelId,
        Context = file.Evidence.ContextIn(services.Knowledge),
        Facts = file.Evidence.Facts,
        QuestionsAsked = file.Evidence.AskedQuestions,
        Fixes = file.Fixes,
        Ending = ending,
        Turns = file.Turns,
        Started = file.Started,
        Ended = turn.Time.GetUtcNow(),
    };
}
