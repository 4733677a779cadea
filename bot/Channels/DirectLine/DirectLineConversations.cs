using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.DirectLine.History;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line conversations in memory, at most <see cref="DirectLineOptions.MaxConversations"/>; one not in
/// memory is loaded from the history on first use. With other instances on the same history (<paramref name="feed"/>),
/// a conversation here is caught up with what they added before it is used.
/// </summary>
internal sealed class DirectLineConversations(
    IDirectLineHistory history, IOptions<DirectLineOptions> options, TimeProvider time, IDirectLineFeed? feed = null)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));

    /// <summary>The conversation in memory, or loaded from the history; null when neither knows it.</summary>
    public async Task<DirectLineConversation?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (_conversations.TryGetValue(id, out var existing))
            return existing;
        var kept = await history.LoadAsync(id, options.Value.MaxActivitiesPerConversation, cancellationToken);
        return kept.Count == 0 ? null : Add(id, kept);
    }

    /// <summary>
    /// The conversation, loaded from the history or made anew when it is not in memory: a valid token proves
    /// it was made here, before a restart or before it was dropped; its dialog state is in the store.
    /// </summary>
    public async Task<DirectLineConversation> GetOrAddAsync(string id, CancellationToken cancellationToken)
    {
        if (_conversations.TryGetValue(id, out var existing))
            return existing;
        return Add(id, await history.LoadAsync(id, options.Value.MaxActivitiesPerConversation, cancellationToken));
    }

    /// <summary>Two requests may load the same conversation at once; the first one added is the one both use.</summary>
    private DirectLineConversation Add(string id, IReadOnlyList<KeptActivity> kept)
    {
        var added = _conversations.GetOrAdd(id, key => new DirectLineConversation(key, ConversationLimits.From(options.Value), history, kept, time.GetUtcNow(), feed));
        DropOverCapacity(keep: added);
        return added;
    }

    /// <summary>The conversations in memory with a stream open here: what other instances add must reach them.</summary>
    public IReadOnlyList<DirectLineConversation> WithStream() => [.. _conversations.Values.Where(conversation => conversation.HasStream)];

    /// <summary>The conversation in memory when a stream is open on it here, else null: others are caught up when used.</summary>
    public DirectLineConversation? FindWithStream(string id) =>
        _conversations.TryGetValue(id, out var conversation) && conversation.HasStream ? conversation : null;

    private void DropOverCapacity(DirectLineConversation keep)
    {
        while (_conversations.Count > options.Value.MaxConversations)
        {
            var quietest = _conversations.Values.Where(c => c != keep && !c.HasStream).MinBy(c => c.LastActive);
            if (quietest is null)
                return;
            _conversations.TryRemove(quietest.Id, out _);
        }
    }
}
