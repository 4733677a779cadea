using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>What a case already has that its packet is made of; <see cref="CasePacketBuilder.Build"/> does the rest.</summary>
public sealed record CasePacketInput
{
    public required string CaseId { get; init; }

    public required PacketUser User { get; init; }

    /// <summary>The conversation the case was handed over in.</summary>
    public string? ConversationId { get; init; }

    /// <summary>The case's story as <c>CaseSummaries</c> tells it.</summary>
    public required CaseSummary Summary { get; init; }

    public EscalationReason? Reason { get; init; }

    /// <summary>The host the user named, as typed.</summary>
    public string? Host { get; init; }

    public required PacketTimes Times { get; init; }

    /// <summary>
    /// Short phrases for the summary line, most telling first: the facts' "because" wording ("nobody can connect").
    /// Those that do not fit in <see cref="CasePacket.MaxSummaryLength"/> are left out of the line.
    /// </summary>
    public IReadOnlyList<string> Highlights { get; init; } = [];

    /// <summary>Host checks and agent reports of the case, oldest first.</summary>
    public IReadOnlyList<PacketCheck> Checks { get; init; } = [];

    /// <summary>The conversation's transcript lines in order; the builder keeps the last turns and redacts them.</summary>
    public IReadOnlyList<TranscriptLine> Transcript { get; init; } = [];

    /// <summary>The knowledge base's ids the case rests on: its fact ids, the causes in play, the fixes shown.</summary>
    public IReadOnlyList<string> KnowledgeIds { get; init; } = [];
}
