using System.Text.Json;
using System.Text.RegularExpressions;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>
/// Builds a case's packet from what the case has, redacts the transcript, and keeps it within
/// <see cref="CasePacket.MaxBytes"/>: the oldest transcript turns go first, then long texts are cut, and the packet
/// says so in <see cref="CasePacket.Trimmed"/>.
/// </summary>
public static partial class CasePacketBuilder
{
    public const int MaxTurns = 50;

    private const string Ellipsis = "…";
    private const int MaxHostInSummary = 60;
    private static readonly int[] TextCaps = [2000, 500, 160, 60];

    public static CasePacket Build(CasePacketInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var packet = new CasePacket
        {
            CaseId = input.CaseId,
            Summary = SummaryLine(input),
            Reason = input.Reason,
            Codes = input.Summary.Codes,
            Host = input.Host,
            Context = input.Summary.Context,
            User = input.User,
            ConversationId = input.ConversationId,
            Times = input.Times,
            Facts = input.Summary.Facts,
            Questions = input.Summary.Questions,
            Causes = input.Summary.TopCauses,
            Fixes = input.Summary.Fixes,
            Checks = [.. input.Checks.Select(Redacted)],
            Transcript = Turns(input.Transcript).TakeLast(MaxTurns).ToList(),
            KnowledgeIds = input.KnowledgeIds,
            AuditIds = [.. input.Checks.Select(check => check.AuditId).OfType<string>().Distinct(StringComparer.Ordinal)],
        };
        return Fit(packet);
    }

    /// <summary>The packet's size as it is measured against <see cref="CasePacket.MaxBytes"/>.</summary>
    public static int Size(CasePacket packet) => JsonSerializer.SerializeToUtf8Bytes(packet, CasePacketJsonContext.Default.CasePacket).Length;

    private static CasePacket Fit(CasePacket packet)
    {
        if (Size(packet) <= CasePacket.MaxBytes)
            return packet;

        var turns = packet.Transcript;
        var dropped = 0;
        var fitted = packet;
        while (turns.Count - dropped > 1 && Size(fitted) > CasePacket.MaxBytes)
        {
            dropped++;
            fitted = packet with { Transcript = turns.Skip(dropped).ToList(), Trimmed = [DroppedTurns(dropped)] };
        }
        if (Size(fitted) <= CasePacket.MaxBytes)
            return fitted;

        foreach (var cap in TextCaps)
        {
            var cut = Cut(fitted, cap) with { Trimmed = [.. fitted.Trimmed, $"Texts longer than {cap} characters were cut."] };
            if (Size(cut) <= CasePacket.MaxBytes)
                return cut;
        }

        var last = Cut(fitted, TextCaps[^1]);
        var bare = last with
        {
            Transcript = [],
            Facts = last.Facts.Take(10).ToList(),
            Questions = last.Questions.Take(10).ToList(),
            Checks = last.Checks.TakeLast(3).ToList(),
            KnowledgeIds = last.KnowledgeIds.Take(50).ToList(),
            Trimmed = [DroppedTurns(turns.Count), $"Texts longer than {TextCaps[^1]} characters were cut; only the first facts, answers and ids and the last checks were kept."],
        };
        return bare;
    }

    private static string DroppedTurns(int count) =>
        $"The {count} oldest transcript turn{(count == 1 ? "" : "s")} {(count == 1 ? "was" : "were")} left out to keep the packet within {CasePacket.MaxBytes / 1024} KB.";

    private static CasePacket Cut(CasePacket packet, int cap) => packet with
    {
        Host = CutOrNull(packet.Host, cap),
        User = packet.User with { DisplayName = CutOrNull(packet.User.DisplayName, cap), Email = CutOrNull(packet.User.Email, cap) },
        Facts = [.. packet.Facts.Select(fact => Cut(fact, cap))],
        Questions = [.. packet.Questions.Select(q => new AnsweredQuestion(Cut(q.Question, cap), Cut(q.Answer, cap)))],
        Causes = [.. packet.Causes.Select(c => c with { Title = Cut(c.Title, cap), Reason = Cut(c.Reason, cap) })],
        Fixes = [.. packet.Fixes.Select(f => f with { Title = Cut(f.Title, cap) })],
        Checks = [.. packet.Checks.Select(check => check with
        {
            Summary = Cut(check.Summary, cap),
            Findings = [.. check.Findings.Select(f => f with { Text = Cut(f.Text, cap) })],
        })],
        Transcript = [.. packet.Transcript.Select(turn => turn with { User = CutOrNull(turn.User, cap), Bot = [.. turn.Bot.Select(text => Cut(text, cap))] })],
    };

    private static string Cut(string text, int cap) => text.Length <= cap ? text : string.Concat(text.AsSpan(0, cap - 1), Ellipsis);

    private static string? CutOrNull(string? text, int cap) => text is null ? null : Cut(text, cap);

    private static PacketCheck Redacted(PacketCheck check) => check with
    {
        Summary = SecretRedactor.Redact(check.Summary),
        Findings = [.. check.Findings.Select(f => f with { Text = SecretRedactor.Redact(f.Text) })],
    };

    /// <summary>Transcript lines as turns: each user line opens one; the bot's replies join the turn they answer.</summary>
    private static List<PacketTurn> Turns(IReadOnlyList<TranscriptLine> lines)
    {
        var turns = new List<PacketTurn>();
        foreach (var line in lines)
        {
            if (line.Speaker == TranscriptSpeaker.User || turns.Count == 0)
            {
                var user = line.Speaker == TranscriptSpeaker.User ? SecretRedactor.Redact(UserText(line)) : null;
                turns.Add(new PacketTurn(line.At, user, line.Speaker == TranscriptSpeaker.Bot ? [SecretRedactor.Redact(line.Text)] : []));
            }
            else
            {
                turns[^1] = turns[^1] with { Bot = [.. turns[^1].Bot, SecretRedactor.Redact(line.Text)] };
            }
        }
        return turns;
    }

    private static string UserText(TranscriptLine line) =>
        !string.IsNullOrWhiteSpace(line.Text) ? line.Text
        : line.ChoiceValue is { } choice ? $"(chose {choice})"
        : line.EventName is { } name ? $"({name})"
        : "";

    /// <summary>"0x904/0x7 to fs01 (Windows Server), nobody can connect, 2 fixes failed", at most <see cref="CasePacket.MaxSummaryLength"/> characters.</summary>
    private static string SummaryLine(CasePacketInput input)
    {
        var codes = input.Summary.Codes.SelectMany(code => HexCode().Matches(code).Select(m => m.Value)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var head = codes.Count > 0 ? string.Join('/', codes) : "Remote Desktop error";
        if (!string.IsNullOrWhiteSpace(input.Host))
            head += $" to {Cut(OneLine(input.Host), MaxHostInSummary)}";
        if (WithoutArticle(input.Summary.Context) is { Length: > 0 } context && !context.Equals("unknown", StringComparison.OrdinalIgnoreCase))
            head += $" ({context})";

        var failed = input.Summary.Fixes.Count(fix => fix.Result == "did not work");
        var tail = failed switch
        {
            0 when input.Summary.Fixes.Count == 0 => "no fixes tried",
            0 => $"{input.Summary.Fixes.Count} fix{(input.Summary.Fixes.Count == 1 ? "" : "es")} not done",
            1 => "1 fix failed",
            _ => $"{failed} fixes failed",
        };

        var line = head;
        foreach (var highlight in input.Highlights.Select(OneLine).Where(h => h.Length > 0))
        {
            var longer = $"{line}, {highlight}";
            if (longer.Length + 2 + tail.Length <= CasePacket.MaxSummaryLength)
                line = longer;
        }
        return Cut($"{line}, {tail}", CasePacket.MaxSummaryLength);
    }

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    private static string WithoutArticle(string context) =>
        context.StartsWith("an ", StringComparison.OrdinalIgnoreCase) ? context[3..]
        : context.StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? context[2..]
        : context;

    [GeneratedRegex(@"\b0x[0-9A-Fa-f]+\b")]
    private static partial Regex HexCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
