using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;
using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Dialogs.Conversation.Case;

/// <summary>
/// Ends a case: records its outcome and, for a hand-over, the helpdesk case with its packet and the card posted to each
/// helpdesk channel; a resolved or
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
        var now = turn.Time.GetUtcNow();
        var summary = CaseSummaries.Build(file, services.Knowledge, services.Diagnose(turn, file.Evidence));
        var packet = await PacketAsync(turn, file, reason, summary, now, cancellationToken);
        var key = new ConversationKey(turn.ChannelId, turn.ConversationId);
        var helpdeskCase = new HelpdeskCase
        {
            CaseId = file.CaseId,
            UserConversation = key,
            UserAddress = services.Helpdesk?.Addresses is { } addresses
                ? await addresses.ResolveAsync(key, cancellationToken)
                : ConversationAddress.Conversation(key.ChannelId, key.ConversationId),
            UserId = turn.UserId,
            UserName = turn.UserName,
            Reason = reason,
            Packet = packet,
            Escalated = now,
            LastActivity = now,
        };
        var posted = await PostToHelpdeskAsync(turn, helpdeskCase, cancellationToken);
        // A case posted to a helpdesk channel, or passed to the channel's agent hub, waits for a person; otherwise it
        // goes to the ticket systems at once.
        var waits = posted.Count > 0 || turn.HasAgentHub;
        turn.Save(waits ? helpdeskCase with { LastPinged = posted.Count > 0 ? now : null } : helpdeskCase with { State = CaseState.Closed, Ended = now }, expectedVersion: null);
        turn.Record(packet);
        if (!waits)
            turn.RequestTickets(packet);
        Publish(turn, file, TurnEventTypes.CaseEscalated, CaseEvent(turn, file, summary) with { EscalationReason = reason, Packet = packet });
        await CloseAsync(turn, file, CaseEnding.Escalated, cancellationToken);
        return new HandOver(file.CaseId, packet, posted, waits ? null : services.Tickets?.Systems) { ToAgentHub = turn.HasAgentHub && posted.Count == 0 };
    }

    /// <summary>Asks for a rating of a case the bot resolved; nothing when ratings are not kept or this case was asked before.</summary>
    public async Task AskRatingAsync(TurnContext turn, CaseFile file, CancellationToken cancellationToken)
    {
        if (services.Ratings is { } ratings
            && await ratings.AskAsync(turn, file.CaseId, new ConversationKey(turn.ChannelId, turn.ConversationId), byAgent: false, cancellationToken) is { } question)
            await turn.SendAsync(question, cancellationToken);
    }

    /// <summary>Posts the case's card to every helpdesk channel that can be reached now; the names of those it was posted to.</summary>
    private async Task<IReadOnlyList<string>> PostToHelpdeskAsync(TurnContext turn, HelpdeskCase helpdeskCase, CancellationToken cancellationToken)
    {
        var posted = new List<string>();
        foreach (var channel in services.Helpdesk?.Channels ?? [])
        {
            if (await channel.AddressAsync(cancellationToken) is not { } address)
                continue;
            turn.Post(HelpdeskCard.Post(helpdeskCase, address, posted.Count));
            posted.Add(channel.Name);
        }
        return posted;
    }

    /// <summary>
    /// What the helpdesk gets: the case's story, the host named, and this conversation's transcript so far — or, when no
    /// transcript is kept, what the user wrote in this case.
    /// </summary>
    private async Task<CasePacket> PacketAsync(
        TurnContext turn, CaseFile file, EscalationReason reason, CaseSummary summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = new ConversationKey(turn.ChannelId, turn.ConversationId).ToString();
        var transcript = services.Transcripts is { } transcripts ? await transcripts.ReadAsync(key, cancellationToken) : [];
        if (transcript.Count == 0)
            transcript = [.. file.UserLines.Select(line => new TranscriptLine(key, line.At, TranscriptSpeaker.User, line.Text))];
        return CasePacketBuilder.Build(new CasePacketInput
        {
            CaseId = file.CaseId,
            User = new PacketUser(turn.ChannelId, turn.UserId, turn.UserName),
            ConversationId = turn.ConversationId,
            Summary = summary,
            Reason = reason,
            Host = file.Host,
            Times = new PacketTimes(file.Started, now),
            Highlights = summary.Facts,
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

/// <summary>
/// A case handed to the helpdesk: the packet the helpdesk gets, the helpdesk channels it was posted to, and the ticket
/// systems it goes to at once (null when none is configured, or the case was posted to a helpdesk channel).
/// </summary>
internal sealed record HandOver(string CaseId, CasePacket Packet, IReadOnlyList<string> HelpdeskChannels, string? TicketSystems)
{
    /// <summary>Whether the case went only to the channel's own agent hub (Direct Line's handoff protocol).</summary>
    public bool ToAgentHub { get; init; }
}
