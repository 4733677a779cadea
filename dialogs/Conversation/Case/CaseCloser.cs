using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Dialogs.Conversation.Case;

/// <summary>Ends a case: saves its outcome and, for a hand-over, the escalation request with the case's story.</summary>
internal sealed class CaseCloser(CaseServices services)
{
    public Task CloseAsync(TurnContext turn, CaseFile file, CaseEnding ending, CancellationToken cancellationToken) =>
        services.Outcomes.SaveAsync(Outcome(turn, file, ending), cancellationToken);

    public Task ResolveAsync(TurnContext turn, CaseFile file, RankedFix resolvedBy, CancellationToken cancellationToken) =>
        services.Outcomes.SaveAsync(
            Outcome(turn, file, CaseEnding.Resolved) with
            {
                ResolvedBy = resolvedBy.Fix.Id,
                ResolvedCause = resolvedBy.Cause.Id,
                TurnsToFix = file.Turns,
            },
            cancellationToken);

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
        await services.Escalations.SaveAsync(request, cancellationToken);
        await CloseAsync(turn, file, CaseEnding.Escalated, cancellationToken);
        return request;
    }

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
