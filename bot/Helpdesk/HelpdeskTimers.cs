using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>
/// One round of the helpdesk's timers over the live cases (see <see cref="HelpdeskTimerRules"/>). Each change is saved
/// on the version the case was read at, together with its messages (and ticket rows) in one transaction, so a crash
/// neither loses nor doubles a reminder; a case someone changed meanwhile (an agent claimed it) is left for the next round.
/// </summary>
internal sealed partial class HelpdeskTimers(
    ICaseStore cases,
    IStateStore states,
    IProactiveMessenger messenger,
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
        var batch = messenger.Prepare([.. step.Messages.Where(message => messenger.CanSend(message.To))]);
        IStateWriteParticipant[] parts =
        [
            new CaseSave(cases, step.Updated, live.Version),
            batch,
            .. step.Kind == TimerKind.Ticket && tickets?.Participant(live.Packet) is { } ticket ? [ticket] : Array.Empty<IStateWriteParticipant>(),
        ];
        try
        {
            await states.CommitAsync(parts, cancellationToken);
        }
        catch (StateConflictException)
        {
            LogChangedMeanwhile(logger, live.CaseId, step.Kind);
            return false;
        }
        LogApplied(logger, step.Kind, live.CaseId);
        await batch.SendAsync(cancellationToken);
        return true;
    }

    /// <summary>The case's change, first in the transaction: a conflict there rolls back its messages too.</summary>
    private sealed class CaseSave(ICaseStore cases, HelpdeskCase updated, long expectedVersion) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            cases.SaveAsync(updated, expectedVersion, transaction, cancellationToken);
    }

    [LoggerMessage(1, LogLevel.Information, "Helpdesk timer: {Kind} for case {CaseId}")]
    private static partial void LogApplied(ILogger logger, TimerKind kind, string caseId);

    [LoggerMessage(2, LogLevel.Debug, "Helpdesk timer: case {CaseId} changed since it was read; its {Kind} waits for the next round")]
    private static partial void LogChangedMeanwhile(ILogger logger, string caseId, TimerKind kind);
}
