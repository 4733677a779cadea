using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>
/// Everything the helpdesk gets about an escalated case, the same document wherever it goes (a webhook, a ticket, a
/// helpdesk card, a handoff event): at most <see cref="MaxBytes"/> as JSON, secrets in the transcript redacted.
/// Built by <see cref="CasePacketBuilder"/>; <see cref="Trimmed"/> says what was left out to fit.
/// </summary>
public sealed record CasePacket
{
    /// <summary>The most a packet takes as UTF-8 JSON (<see cref="CasePacketJsonContext"/>).</summary>
    public const int MaxBytes = 24 * 1024;

    /// <summary>The longest <see cref="Summary"/>: a ServiceNow short description's room, with space to spare.</summary>
    public const int MaxSummaryLength = 160;

    public required string CaseId { get; init; }

    /// <summary>One line, at most <see cref="MaxSummaryLength"/> characters: "0x904/0x7 to fs01 (Windows Server), nobody can connect, 2 fixes failed".</summary>
    public required string Summary { get; init; }

    /// <summary>Why the case was handed over; null for a case that was not escalated.</summary>
    public EscalationReason? Reason { get; init; }

    /// <summary>The error codes as the user reported them, e.g. "Error code 0x904".</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>The host the user connects to, as typed; null when never named.</summary>
    public string? Host { get; init; }

    /// <summary>The kind of host, in words ("a Windows Server").</summary>
    public string Context { get; init; } = "";

    public required PacketUser User { get; init; }

    /// <summary>The conversation the case was handed over in, on <see cref="PacketUser.Channel"/>, for telling the user the ticket's number there.</summary>
    public string? ConversationId { get; init; }

    public required PacketTimes Times { get; init; }

    /// <summary>What is known, as statements.</summary>
    public IReadOnlyList<string> Facts { get; init; } = [];

    public IReadOnlyList<AnsweredQuestion> Questions { get; init; } = [];

    /// <summary>The causes still in play, most likely first.</summary>
    public IReadOnlyList<LikelyCause> Causes { get; init; } = [];

    /// <summary>The fixes shown, in order, with what came of each.</summary>
    public IReadOnlyList<TriedFix> Fixes { get; init; } = [];

    /// <summary>What host checks and the host agent found, oldest first.</summary>
    public IReadOnlyList<PacketCheck> Checks { get; init; } = [];

    /// <summary>The conversation's last turns (at most <see cref="CasePacketBuilder.MaxTurns"/>), oldest first, secrets redacted.</summary>
    public IReadOnlyList<PacketTurn> Transcript { get; init; } = [];

    /// <summary>The knowledge base's ids the case rests on (facts, causes, fixes), for the helpdesk's reports.</summary>
    public IReadOnlyList<string> KnowledgeIds { get; init; } = [];

    /// <summary>The host-check audit entries of the case.</summary>
    public IReadOnlyList<string> AuditIds { get; init; } = [];

    /// <summary>What was left out or cut to stay within <see cref="MaxBytes"/>, in words; empty when nothing was.</summary>
    public IReadOnlyList<string> Trimmed { get; init; } = [];
}

/// <summary>Who asked for help: the channel's user id, and the name and e-mail address where the channel gives them.</summary>
public sealed record PacketUser(string Channel, string Id, string? DisplayName = null, string? Email = null);

/// <summary>When the case opened and when it was handed over.</summary>
public sealed record PacketTimes(DateTimeOffset Opened, DateTimeOffset Escalated);

/// <summary>One host check or agent report: where and when, its summary, the findings and the audit entry it was recorded under.</summary>
public sealed record PacketCheck(string Host, DateTimeOffset At, string Summary, IReadOnlyList<HostFinding> Findings)
{
    public string? AuditId { get; init; }

    /// <summary>The certificate the listener presented or the agent found configured.</summary>
    public PacketCertificate? Certificate { get; init; }

    /// <summary>What the RDP listener accepts, in words ("TLS only", "NLA required", "TLS 1.2").</summary>
    public IReadOnlyList<string> ListenerAccepts { get; init; } = [];
}

/// <summary>A certificate as the helpdesk needs it: whose it is, when it is valid, and its SHA-1 thumbprint.</summary>
public sealed record PacketCertificate(string Subject, DateTimeOffset NotBefore, DateTimeOffset NotAfter, string Thumbprint)
{
    /// <summary>In words: "valid", "expires in 5 days", "expired", "not yet valid".</summary>
    public string? Validity { get; init; }
}

/// <summary>One turn: what the user sent (null for the bot's opening) and the bot's replies.</summary>
public sealed record PacketTurn(DateTimeOffset At, string? User, IReadOnlyList<string> Bot);
