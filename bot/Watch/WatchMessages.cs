using System.Globalization;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Watch;

namespace RdpHelpBot.Bot.Watch;

/// <summary>What a warning says to a person: what happened, how many days are left, and what to do, in plain words.</summary>
internal static class WatchMessages
{
    private const string Bind =
        "bind it to the RDP listener (`wmic /namespace:\\\\root\\cimv2\\TerminalServices PATH Win32_TSGeneralSetting Set SSLCertificateSHA1Hash=\"NEW_THUMBPRINT\"`)";

    private const string Regenerate =
        "On the host, delete it from *Certificates (Local Computer) > Remote Desktop* and restart the Remote Desktop Services service " +
        "(`Restart-Service TermService -Force`): Windows makes a new self-signed certificate at once.";

    /// <summary>
    /// The warning as a card: what happened in a heading, what to do, and the buttons (show me how to renew, snooze,
    /// check now); a renewal is plain news without buttons.
    /// </summary>
    public static Reply Message(WatchNotification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        var text = Text(n);
        if (n.Type == WatchEventTypes.Renewed)
            return new Reply(text);
        var heading = Heading(n);
        var buttons = WatchActions.WarningButtons(new WatchHostRef(n.Host, n.Port), EvidenceFact(n));
        return new Reply(heading, Card: new Card([new Heading(heading), new Paragraph(text), new Actions(buttons)]));
    }

    /// <summary>Several warnings for one person as one message, a line each, for the day's digest.</summary>
    public static Reply Digest(IReadOnlyList<WatchNotification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var heading = $"{notifications.Count} RDP certificates need attention";
        var lines = notifications.OrderBy(n => n.DaysLeft ?? int.MaxValue).ThenBy(n => n.Host, StringComparer.Ordinal)
            .Select(n => $"- {Heading(n)}{(n.Certificate is { } c && n.Type == WatchEventTypes.Expiring ? $" ({Date(c.NotAfter)}, {c.Issuer})" : "")}");
        var text = string.Join("\n", lines.Append("Say \"check HOST\" for any of them, or \"what am I watching\" for the list."));
        return new Reply(heading, Card: new Card([new Heading(heading), new Paragraph(text)]));
    }

    /// <summary>What the warning is about, in one line.</summary>
    public static string Heading(WatchNotification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        var host = new WatchHostRef(n.Host, n.Port).Display;
        return n.Type switch
        {
            WatchEventTypes.Expiring => $"The RDP certificate of {host} expires {InDays(n.DaysLeft!.Value)}",
            WatchEventTypes.Expired => $"The RDP certificate of {host} has expired",
            WatchEventTypes.NameMismatch => $"{host} serves an RDP certificate made for another name",
            WatchEventTypes.Renewed => $"The RDP certificate of {host} was renewed",
            _ => $"I can't check the RDP certificate of {host}",
        };
    }

    /// <summary>The check fact the warning's certificate establishes, which the troubleshooting weighs; null when there is none.</summary>
    public static string? EvidenceFact(WatchNotification n) => n.Type switch
    {
        WatchEventTypes.Expiring => ProbeFactIds.CertExpiringSoon,
        WatchEventTypes.Expired => ProbeFactIds.CertExpired,
        WatchEventTypes.NameMismatch => ProbeFactIds.CertNameMismatch,
        _ => null,
    };

    public static string Text(WatchNotification n)
    {
        var where = $"**{n.Host}**{(n.Port == 3389 ? "" : $" (port {n.Port})")}";
        var at = n.Address is null || n.Address == n.Host ? "" : $" at {n.Address}";
        var c = n.Certificate;
        return n.Type switch
        {
            WatchEventTypes.Expiring =>
                $"The RDP certificate of {where}{at} expires {InDays(n.DaysLeft!.Value)}, on {Date(c!.NotAfter)}. " +
                $"Renew it with {c.Issuer} before then and {Bind}; once it expires, Remote Desktop clients refuse to connect " +
                $"(error 0x904 / 0x7). Certificate: {c.Subject}, SHA-1 {c.Sha1}.",
            WatchEventTypes.Expired when c!.SelfSigned =>
                $"{where}{at} still serves its self-signed RDP certificate, which expired {Ago(n.DaysLeft!.Value)} ({Date(c.NotAfter)}): " +
                $"Windows did not renew it, and clients that check it refuse to connect. {Regenerate}",
            WatchEventTypes.Expired =>
                $"The RDP certificate of {where}{at} expired {Ago(n.DaysLeft!.Value)} ({Date(c!.NotAfter)}): Remote Desktop clients " +
                $"refuse to connect (error 0x904 / 0x7). Get a new one from {c.Issuer} and {Bind}. Certificate: {c.Subject}, SHA-1 {c.Sha1}.",
            WatchEventTypes.NameMismatch =>
                $"{where}{at} serves a self-signed RDP certificate made for another name ({c!.Subject}): the computer was probably renamed " +
                $"and kept its old certificate, so clients warn about the name. {Regenerate}",
            WatchEventTypes.Renewed =>
                $"The RDP certificate of {where}{at} was renewed: the new one is valid until {Date(c!.NotAfter)} ({InDays(n.DaysLeft!.Value)}). " +
                "Nothing to do; I count down to the new date.",
            _ =>
                $"I can't check the RDP certificate of {where}: {n.Problem} (since {Date(n.Since ?? n.At)}). " +
                "Check that the host is up and that the bot's machine may reach its RDP port; I'll go on trying.",
        };
    }

    private static string InDays(int days) => days switch
    {
        <= 0 => "within a day",
        1 => "in 1 day",
        _ => $"in {days} days",
    };

    private static string Ago(int daysLeft) => -daysLeft switch
    {
        <= 0 => "today",
        1 => "1 day ago",
        var days => $"{days} days ago",
    };

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
