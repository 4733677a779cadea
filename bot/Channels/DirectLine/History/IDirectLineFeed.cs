using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.DirectLine.History;

/// <summary>
/// A history several instances share (one PostgreSQL database), so a conversation's stream may be on another instance
/// than the one a message reaches. Whoever adds to a conversation holds it on every instance and first reads what the
/// others added, so sequence numbers stay unique and increasing; every instance hears which conversations the others
/// added to and sends their new activities to the streams it has open. A history only one instance uses has none.
/// </summary>
internal interface IDirectLineFeed
{
    /// <summary>Holds the conversation on every instance until the result is disposed: nobody else adds to it meanwhile.</summary>
    Task<IAsyncDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// The conversation's activities after the sequence <paramref name="after"/> (the newest <paramref name="max"/>) and
    /// the older ones still awaiting their turn, oldest first.
    /// </summary>
    Task<IReadOnlyList<KeptActivity>> LoadChangesAsync(string conversationId, long after, int max, CancellationToken cancellationToken);

    /// <summary>Sends an activity that is never kept (typing) to the streams open on the conversation on the other instances.</summary>
    Task SendTransientAsync(string conversationId, JsonElement activity, CancellationToken cancellationToken);

    /// <summary>
    /// Listens until cancelled or the connection fails (it throws then): calls <paramref name="listening"/> once every
    /// later change will be heard (what changed before may not have been), then <paramref name="changed"/> with the id
    /// of each conversation another instance added to, and <paramref name="transient"/> with each activity another
    /// instance sent with <see cref="SendTransientAsync"/> and the id of its conversation.
    /// </summary>
    Task ListenAsync(Action<string> changed, Action<string, JsonElement> transient, Action listening, CancellationToken cancellationToken);
}
