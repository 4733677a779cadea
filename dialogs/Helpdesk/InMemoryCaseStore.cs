using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>The cases in process memory: for tests and throw-away runs; lost on restart.</summary>
public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HelpdeskCase> _cases = new(StringComparer.Ordinal);

    public Task<HelpdeskCase> SaveAsync(HelpdeskCase helpdeskCase, long? expectedVersion, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(helpdeskCase);
        lock (_lock)
        {
            _cases.TryGetValue(helpdeskCase.CaseId, out var stored);
            if (expectedVersion is null)
            {
                if (stored is not null)
                    return Task.FromResult(stored);
            }
            else if (stored is null || stored.Version != expectedVersion)
            {
                throw new StateConflictException($"case:{helpdeskCase.CaseId}");
            }
            var saved = helpdeskCase with { Version = (expectedVersion ?? 0) + 1 };
            _cases[saved.CaseId] = saved;
            return Task.FromResult(saved);
        }
    }

    public Task<HelpdeskCase?> FindAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult(_cases.GetValueOrDefault(caseId));
    }

    public Task<HelpdeskCase?> FindLiveAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        lock (_lock)
        {
            return Task.FromResult(_cases.Values
                .Where(kept => kept.IsLive && (kept.UserConversation == conversation || kept.Threads.Any(thread => thread.Thread == conversation)))
                .OrderByDescending(kept => kept.Escalated)
                .FirstOrDefault());
        }
    }

    public Task<IReadOnlyList<HelpdeskCase>> ListAsync(bool liveOnly, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<HelpdeskCase>>(_cases.Values
                .Where(kept => !liveOnly || kept.IsLive)
                .OrderByDescending(kept => kept.Escalated)
                .Take(limit)
                .ToList());
        }
    }
}
