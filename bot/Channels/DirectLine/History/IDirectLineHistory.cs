using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.DirectLine.History;

/// <summary>
/// Where Direct Line conversations' activities are kept, so a conversation outlives the process: after a
/// restart a client reconnecting with its token gets the whole conversation again, with the same ids and
/// watermarks.
/// </summary>
internal interface IDirectLineHistory
{
    /// <summary>The conversation's newest activities, at most <paramref name="max"/>, oldest first; empty when none are kept.</summary>
    Task<IReadOnlyList<KeptActivity>> LoadAsync(string conversationId, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Adds an activity and, in the same write, forgets the conversation's activities before the sequence
    /// number <paramref name="oldestKept"/>: those the conversation no longer has room for.
    /// </summary>
    Task AppendAsync(string conversationId, KeptActivity activity, long oldestKept, CancellationToken cancellationToken);

    /// <summary>Deletes the activities added before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>One kept activity: its sequence number (its watermark), its id, when it was added, and its JSON.</summary>
internal sealed record KeptActivity(long Sequence, string Id, DateTimeOffset At, JsonElement Activity);
