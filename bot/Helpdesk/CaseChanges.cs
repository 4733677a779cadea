using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>
/// Saves a change to a helpdesk case made outside a turn (a timer, an agent hub's status) on the version it was read
/// at, with the messages it sends and anything else it keeps in one transaction, then sends the messages: a crash
/// neither loses nor doubles them, and a case someone changed meanwhile is not overwritten.
/// </summary>
internal sealed class CaseChanges(ICaseStore cases, IStateStore states, IProactiveMessenger messenger)
{
    /// <summary>Saves <paramref name="updated"/> over <paramref name="read"/>; false (nothing written) when the case changed since it was read.</summary>
    public async Task<bool> TrySaveAsync(
        HelpdeskCase read, HelpdeskCase updated, IReadOnlyList<OutgoingMessage> messages, IStateWriteParticipant? alongside, CancellationToken cancellationToken)
    {
        var batch = messenger.Prepare([.. messages.Where(message => messenger.CanSend(message.To))]);
        IStateWriteParticipant[] parts =
        [
            new CaseSave(cases, updated, read.Version),
            batch,
            .. alongside is null ? Array.Empty<IStateWriteParticipant>() : [alongside],
        ];
        try
        {
            await states.CommitAsync(parts, cancellationToken);
        }
        catch (StateConflictException)
        {
            return false;
        }
        await batch.SendAsync(cancellationToken);
        return true;
    }

    /// <summary>The case's change, first in the transaction: a conflict there rolls back the rest.</summary>
    private sealed class CaseSave(ICaseStore cases, HelpdeskCase updated, long expectedVersion) : IStateWriteParticipant
    {
        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken) =>
            cases.SaveAsync(updated, expectedVersion, transaction, cancellationToken);
    }
}
