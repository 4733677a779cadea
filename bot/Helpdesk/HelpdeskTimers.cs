using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>
/// One round of the helpdesk's timers over the live cases (see <see cref="HelpdeskTimerRules"/>). Each change is saved
/// on the version the case was read at, together with its messages (and ticket rows) in one transaction, so a crash
/// neither loses nor doubles a reminder; a case someone changed meanwhile (an agent claimed it) is left for the next round.
/// </summary>
internal sealed partial class HelpdeskTimers(
    ICaseStore cases,
    CaseChanges changes,
    IOptions<HelpdeskOptions> options,
    TimeProvider time,
    ILogger<HelpdeskTimers> logger,
    ITicketOutbox? tickets = null)
{
    /// <summary>The most live cases looked at in one round, so a round's work stays bounded.</summary>
    public const int CasesPerRound = 500;

    private readonly HelpdeskTimerRules _rules = new(
        options.Value, BusinessHours.From(options.Value.BusinessHours), tickets is { IsConfigured: true } ? tickets.Systems : null);

    /// <summary>Applies what is due now to each live case; returns how many cases changed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = 0;
        foreach (var live in await cases.ListAsync(liveOnly: true, CasesPerRound, cancellationToken))
        {
            if (_rules.Due(live, now) is { } step && await SaveAsync(live, step, cancellationToken))
                changed++;
        }
        return changed;
    }

    private async Task<bool> SaveAsync(HelpdeskCase live, TimerStep step, CancellationToken cancellationToken)
    {
        var ticket = step.Kind == TimerKind.Ticket ? tickets?.Participant(live.Packet) : null;
        if (!await changes.TrySaveAsync(live, step.Updated, step.Messages, ticket, cancellationToken))
        {
            LogChangedMeanwhile(logger, live.CaseId, step.Kind);
            return false;
        }
        LogApplied(logger, step.Kind, live.CaseId);
        return true;
    }

    [LoggerMessage(1, LogLevel.Information, "Helpdesk timer: {Kind} for case {CaseId}")]
    private static partial void LogApplied(ILogger logger, TimerKind kind, string caseId);

    [LoggerMessage(2, LogLevel.Debug, "Helpdesk timer: case {CaseId} changed since it was read; its {Kind} waits for the next round")]
    private static partial void LogChangedMeanwhile(ILogger logger, string caseId, TimerKind kind);
}
