using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Turns;
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

    public async Task<HandOver> EscalateAsync(
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
        var packet = await PacketAsync(turn, file, request, cancellationToken);
        turn.Record(request);
        turn.Record(packet);
        Publish(turn, file, TurnEventTypes.CaseEscalated, CaseEvent(turn, file, request.Summary) with { EscalationReason = reason, Packet = packet });
        await CloseAsync(turn, file, CaseEnding.Escalated, cancellationToken);
        return new HandOver(request, packet, services.Tickets?.Systems);
    }

    /// <summary>What the helpdesk gets: the case's story, the host named, and this conversation's transcript so far.</summary>
    private async Task<CasePacket> PacketAsync(TurnContext turn, CaseFile file, EscalationRequest request, CancellationToken cancellationToken)
    {
        var transcript = services.Transcripts is { } transcripts
            ? await transcripts.ReadAsync(new ConversationKey(turn.ChannelId, turn.ConversationId).ToString(), cancellationToken)
            : [];
        return CasePacketBuilder.Build(new CasePacketInput
        {
            CaseId = file.CaseId,
            User = new PacketUser(turn.ChannelId, turn.UserId),
            ConversationId = turn.ConversationId,
            Summary = request.Summary,
            Reason = request.Reason,
            Host = file.Host,
            Times = new PacketTimes(file.Started, request.Requested),
            Highlights = request.Summary.Facts,
            Transcript = transcript,
            KnowledgeIds = [.. file.Evidence.Facts, .. file.Fixes.Select(fix => fix.FixId)],
        });
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

/// <summary>A case handed to the helpdesk: the request, the packet the helpdesk gets, and the ticket systems it goes to (null when none is configured).</summary>
internal sealed record HandOver(EscalationRequest Request, CasePacket Packet, string? TicketSystems);
