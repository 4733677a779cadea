using System.Collections.Concurrent;

namespace RdpHelpBot.Bot.Channels.DirectLine.History;

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

    public Task AppendAsync(string conversationId, KeptActivity activity, long oldestKept, CancellationToken cancellationToken)
    {
        var kept = _conversations.GetOrAdd(conversationId, _ => []);
        lock (kept)
        {
            kept.Add(activity);
            kept.RemoveAll(a => a.Sequence < oldestKept);
        }
        return Task.CompletedTask;
    }

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
