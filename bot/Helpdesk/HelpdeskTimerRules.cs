using System.Globalization;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>
/// What is due for a live case at a given moment: a waiting case is reminded in its threads every
/// <see cref="HelpdeskOptions.RepingAfter"/> while the helpdesk is open, and becomes a ticket after
/// <see cref="HelpdeskOptions.TicketAfter"/> (or at once when it was handed over outside business hours) when a ticket
/// system is configured; a claimed case quiet for <see cref="HelpdeskOptions.RelayIdleAfter"/> gets a nudge, and is
/// closed when it stays quiet as long again. Pure: no clock, no I/O.
/// </summary>
internal sealed class HelpdeskTimerRules(HelpdeskOptions options, BusinessHours hours, string? ticketSystems)
{
    /// <summary>The change due for <paramref name="live"/> at <paramref name="now"/>, or null when nothing is.</summary>
    public TimerStep? Due(HelpdeskCase live, DateTimeOffset now) => live.State switch
    {
        CaseState.Waiting => WaitingStep(live, now),
        CaseState.Claimed => ClaimedStep(live, now),
        _ => null,
    };

    private TimerStep? WaitingStep(HelpdeskCase live, DateTimeOffset now)
    {
        if (ticketSystems is not null)
        {
            var afterHours = !hours.IsOpen(live.Escalated);
            if (afterHours || now - live.Escalated >= options.TicketAfter)
                return Ticket(live, now, afterHours);
        }
        var lastPinged = live.LastPinged ?? live.Escalated;
        if (live.Threads.Count == 0 || !hours.IsOpen(now) || now - lastPinged < options.RepingAfter)
            return null;
        return new TimerStep(TimerKind.Reping, live with { LastPinged = now }, ToThreads(live, TimerKind.Reping, $"Still waiting for someone: {live.Packet.Summary}"));
    }

    private TimerStep Ticket(HelpdeskCase live, DateTimeOffset now, bool afterHours)
    {
        var toUser = afterHours
            ? $"The helpdesk is closed right now, so your case goes to {ticketSystems} as a ticket with everything we found; I'll send you its number here."
            : $"Nobody at the helpdesk has been free to take your case yet, so it goes to {ticketSystems} as a ticket with everything we found; I'll send you its number here.";
        var toThreads = afterHours
            ? $"Handed over outside business hours, so it went to {ticketSystems} as a ticket."
            : $"Nobody claimed this case within {Duration(options.TicketAfter)}, so it went to {ticketSystems} as a ticket.";
        return new TimerStep(
            TimerKind.Ticket,
            live with { State = CaseState.Closed, Ended = now },
            [ToUser(live, TimerKind.Ticket, toUser), .. ToThreads(live, TimerKind.Ticket, toThreads)]);
    }

    private TimerStep? ClaimedStep(HelpdeskCase live, DateTimeOffset now)
    {
        var agent = live.Agent?.Name ?? "the helpdesk";
        // A nudge is kept as LastPinged; anything written since (LastActivity later) starts the wait afresh.
        if (live.LastPinged is { } nudged && nudged >= live.LastActivity)
        {
            if (now - nudged < options.RelayIdleAfter)
                return null;
            var quiet = Duration(now - live.LastActivity);
            return new TimerStep(
                TimerKind.Close,
                live with { State = CaseState.Closed, Ended = now },
                [
                    ToUser(live, TimerKind.Close, $"Your chat with {agent} has been quiet for {quiet}, so I've closed it and you're back with me. Tell me the error you see whenever you need help again."),
                    .. ToThreads(live, TimerKind.Close, $"Closed after {quiet} without a message; the user is back with the bot."),
                ]);
        }
        if (now - live.LastActivity < options.RelayIdleAfter)
            return null;
        var idle = Duration(options.RelayIdleAfter);
        return new TimerStep(
            TimerKind.Nudge,
            live with { LastPinged = now },
            [
                ToUser(live, TimerKind.Nudge, $"Are you still there? Your chat with {agent} has been quiet for {idle}; it closes in {idle} unless someone writes."),
                .. ToThreads(live, TimerKind.Nudge, $"No message for {idle}: this chat closes in {idle} unless someone writes."),
            ]);
    }

    /// <summary>The id names the case's version the step was worked out from, so a step saved twice sends once.</summary>
    private static OutgoingMessage ToUser(HelpdeskCase live, TimerKind kind, string text) =>
        new($"helpdesk-{kind.ToString().ToLowerInvariant()}:{live.CaseId}:{live.Version}:user", live.UserAddress, [new Reply(text)]);

    private static IReadOnlyList<OutgoingMessage> ToThreads(HelpdeskCase live, TimerKind kind, string text) =>
    [
        .. live.Threads.Select((thread, index) => new OutgoingMessage(
            $"helpdesk-{kind.ToString().ToLowerInvariant()}:{live.CaseId}:{live.Version}:thread-{index}", thread.Address, [new Reply(text)])),
    ];

    /// <summary>"15 minutes", "1 hour", "1 hour 30 minutes", "45 seconds".</summary>
    internal static string Duration(TimeSpan span)
    {
        var parts = new List<string>(3);
        if (span.TotalHours >= 1)
            parts.Add(Count((int)span.TotalHours, "hour"));
        if (span.Minutes > 0)
            parts.Add(Count(span.Minutes, "minute"));
        if (parts.Count == 0)
            parts.Add(Count(Math.Max(1, (int)Math.Round(span.TotalSeconds)), "second"));
        return string.Join(' ', parts);
    }

    private static string Count(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
}

internal enum TimerKind
{
    Reping,
    Ticket,
    Nudge,
    Close,
}

/// <summary>A timer's change to a case: the case as it is to be saved and the messages that go with it.</summary>
internal sealed record TimerStep(TimerKind Kind, HelpdeskCase Updated, IReadOnlyList<OutgoingMessage> Messages);
