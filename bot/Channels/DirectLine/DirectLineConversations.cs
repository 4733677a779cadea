using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line conversations in memory, at most <see cref="DirectLineOptions.MaxConversations"/>.</summary>
internal sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));

    public DirectLineConversation? Find(string id) => _conversations.GetValueOrDefault(id);

    /// <summary>
    /// The conversation, made anew when it is not in memory: a valid token proves it was made here, before a
    /// restart or before it was dropped; its dialog state is in the store.
    /// </summary>
    public DirectLineConversation GetOrAdd(string id)
    {
        if (_conversations.TryGetValue(id, out var existing))
            return existing;
        var added = _conversations.GetOrAdd(id, key => new DirectLineConversation(key, options.Value.MaxActivitiesPerConversation, time.GetUtcNow()));
        DropOverCapacity(keep: added);
        return added;
    }

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
