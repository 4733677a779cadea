using System.Text.Json;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Channels.DirectLine.History;

/// <summary>
/// Where Direct Line conversations' activities are kept, so a conversation outlives the process: after a
/// restart a client reconnecting with its token gets the whole conversation again, with the same ids and
/// watermarks, and a message kept before a crash but not answered yet is answered then.
/// </summary>
internal interface IDirectLineHistory
{
    /// <summary>The conversation's newest activities, at most <paramref name="max"/>, oldest first; empty when none are kept.</summary>
    Task<IReadOnlyList<KeptActivity>> LoadAsync(string conversationId, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Adds an activity and, in the same write, forgets the conversation's activities before the sequence
    /// number <paramref name="oldestKept"/>: those the conversation no longer has room for.
    /// </summary>
    Task AppendAsync(string conversationId, KeptActivity activity, long oldestKept, CancellationToken cancellationToken) =>
        AppendAsync(conversationId, new HistoryAppend([activity], oldestKept), transaction: null, cancellationToken);

    /// <summary>
    /// Adds <paramref name="append"/>'s activities and forgets those before its oldest kept one, all or none: in
    /// <paramref name="transaction"/> when given (a turn's state commits with them), else in a transaction of its own.
    /// </summary>
    Task AppendAsync(string conversationId, HistoryAppend append, IStateTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>The conversations with a kept activity that still awaits its turn (the bot stopped before answering it).</summary>
    Task<IReadOnlyList<string>> ListAwaitingTurnAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the activities added before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>
/// One kept activity: its sequence number (its watermark), its id, when it was added, and its JSON;
/// <see cref="AwaitsTurn"/> while it is a user's message the bot has not answered yet.
/// </summary>
internal sealed record KeptActivity(long Sequence, string Id, DateTimeOffset At, JsonElement Activity, bool AwaitsTurn = false);

/// <summary>
/// Activities to add to a conversation, keeping at most <paramref name="Keep"/>; <paramref name="Answered"/> is the
/// sequence of the message these activities answer, which then no longer awaits its turn.
/// </summary>
internal sealed record HistoryAppend(IReadOnlyList<KeptActivity> Activities, long OldestKept, long? Answered = null);
