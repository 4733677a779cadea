using System.Globalization;
using System.Text;

namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>A case packet in words: the full plain text a ticket's description takes, and the few lines the user sees.</summary>
public static class CasePacketText
{
    /// <summary>The whole packet as plain text, section by section, for a ticket's description.</summary>
    public static string Render(CasePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var text = new StringBuilder();
        text.AppendLine(packet.Summary).AppendLine();
        text.AppendLine($"Case: {packet.CaseId}");
        if (packet.Reason is { } reason)
            text.AppendLine($"Handed over because: {Describe(reason)}");
        text.AppendLine($"User: {Describe(packet.User)}");
        text.AppendLine($"Host: {packet.Host ?? "not named"}{(packet.Context.Length > 0 ? $" ({packet.Context})" : "")}");
        if (packet.Codes.Count > 0)
            text.AppendLine($"Error codes: {string.Join(", ", packet.Codes)}");
        text.AppendLine($"Opened: {Time(packet.Times.Opened)}; handed over: {Time(packet.Times.Escalated)}");

        Section(text, "Facts", packet.Facts.Select(fact => $"- {fact}"));
        Section(text, "Answers", packet.Questions.Select(q => $"- {q.Question} {q.Answer}"));
        Section(text, "Likely causes", packet.Causes.Select(c => $"- {(c.Probability * 100).ToString("0", CultureInfo.InvariantCulture)}% {c.Title}: {c.Reason}"));
        Section(text, "Fixes tried", packet.Fixes.Select(f => $"- {f.Title}: {f.Result}"));
        Section(text, "Host checks", packet.Checks.SelectMany(CheckLines));
        Section(text, $"Conversation (last {packet.Transcript.Count} turns, secrets redacted)", packet.Transcript.SelectMany(TurnLines));
        Section(text, "Knowledge ids", packet.KnowledgeIds.Count > 0 ? [string.Join(", ", packet.KnowledgeIds)] : []);
        Section(text, "Audit ids", packet.AuditIds.Count > 0 ? [string.Join(", ", packet.AuditIds)] : []);
        Section(text, "Left out to fit", packet.Trimmed.Select(note => $"- {note}"));
        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    /// <summary>The transcript alone, as plain text (a ticket's attachment).</summary>
    public static string Transcript(CasePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var text = new StringBuilder($"Case {packet.CaseId}: {packet.Summary}{Environment.NewLine}{Environment.NewLine}");
        foreach (var line in packet.Transcript.SelectMany(TurnLines))
            text.AppendLine(line);
        foreach (var note in packet.Trimmed)
            text.AppendLine().Append("Note: ").AppendLine(note);
        return text.ToString();
    }

    /// <summary>"Here's what I'll pass on": a few lines for the user before the case is handed over.</summary>
    public static string ForUser(CasePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var lines = new List<string> { "Here's what I'll pass on to the helpdesk:", $"- {packet.Summary}" };
        if (packet.Fixes.Count > 0)
            lines.Add($"- What you tried: {string.Join("; ", packet.Fixes.Select(f => $"{f.Title} ({f.Result})"))}");
        if (packet.Causes.Count > 0)
            lines.Add($"- Most likely: {packet.Causes[0].Title}");
        if (packet.Checks.Count > 0)
            lines.Add($"- What my check of {packet.Checks[^1].Host} found");
        if (packet.Transcript.Count > 0)
            lines.Add("- Our conversation, with passwords, keys and tokens taken out");
        return string.Join(Environment.NewLine, lines);
    }

    private static IEnumerable<string> CheckLines(PacketCheck check)
    {
        yield return $"- {Time(check.At)} {check.Host}: {check.Summary}{(check.AuditId is { } id ? $" (audit {id})" : "")}";
        foreach (var finding in check.Findings)
            yield return $"  - {finding.Text} [{finding.FactId}]";
        if (check.Certificate is { } cert)
            yield return $"  Certificate: {cert.Subject}, valid {Time(cert.NotBefore)} to {Time(cert.NotAfter)}{(cert.Validity is { } v ? $" ({v})" : "")}, thumbprint {cert.Thumbprint}";
        if (check.ListenerAccepts.Count > 0)
            yield return $"  Listener accepts: {string.Join(", ", check.ListenerAccepts)}";
    }

    private static IEnumerable<string> TurnLines(PacketTurn turn)
    {
        if (turn.User is not null)
            yield return $"[{Time(turn.At)}] User: {turn.User}";
        foreach (var reply in turn.Bot)
            yield return $"[{Time(turn.At)}] Bot: {reply}";
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
            return;
        text.AppendLine().AppendLine(title);
        foreach (var line in list)
            text.AppendLine(line);
    }

    private static string Describe(PacketUser user)
    {
        var name = user.DisplayName ?? user.Id;
        var email = user.Email is { } address ? $" <{address}>" : "";
        return $"{name}{email} ({user.Channel} user {user.Id})";
    }

    private static string Describe(EscalationReason reason) => reason switch
    {
        EscalationReason.UserAsked => "the user asked for a person",
        EscalationReason.CannotDoHostStep => "a fix needs administrator rights on the host the user does not have",
        EscalationReason.NoClearCause => "two fixes failed and no cause stands out",
        EscalationReason.HighImpact => "nobody can connect to the host",
        _ => "every fix worth trying was tried, skipped or could not be done",
    };

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
