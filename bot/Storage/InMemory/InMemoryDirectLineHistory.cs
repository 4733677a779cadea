using System.Collections.Concurrent;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Bot.Channels.DirectLine.History;

namespace RdpHelpBot.Bot.Storage.InMemory;

/// <summary>The history in memory, for <c>Storage:Provider=InMemory</c>: it outlives a dropped conversation, not the process.</summary>
internal sealed class InMemoryDirectLineHistory : IDirectLineHistory
{
    private readonly ConcurrentDictionary<string, List<KeptActivity>> _conversations = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<KeptActivity>> LoadAsync(string conversationId, int max, CancellationToken cancellationToken)
    {
        if (!_conversations.TryGetValue(conversationId, out var kept))
            return Task.FromResult<IReadOnlyList<KeptActivity>>([]);
        lock (kept)
            return Task.FromResult<IReadOnlyList<KeptActivity>>([.. kept.TakeLast(max)]);
    }

    public Task AppendAsync(string conversationId, HistoryAppend append, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        var kept = _conversations.GetOrAdd(conversationId, _ => []);
        lock (kept)
        {
            if (append.Answered is { } answered && kept.FindIndex(a => a.Sequence == answered) is var index and >= 0)
                kept[index] = kept[index] with { AwaitsTurn = false };
            kept.AddRange(append.Activities);
            if (append.Activities.Count > 0)
                kept.RemoveAll(a => a.Sequence < append.OldestKept);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAwaitingTurnAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. _conversations.Where(pair =>
        {
            lock (pair.Value)
                return pair.Value.Exists(a => a.AwaitsTurn);
        }).Select(pair => pair.Key)]);

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var purged = 0;
        foreach (var (conversationId, kept) in _conversations)
        {
            lock (kept)
            {
                purged += kept.RemoveAll(a => a.At < cutoff);
                if (kept.Count == 0)
                    _conversations.TryRemove(new KeyValuePair<string, List<KeptActivity>>(conversationId, kept));
            }
        }
        return Task.FromResult(purged);
    }
}
