using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Dialogs.Outbox;

/// <summary>
/// Sends messages to stored conversations on any channel, through the outbox: exactly once, even across a crash.
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>Whether a channel switched on in this process sends to <paramref name="to"/>; a message to any other address would only be dead-lettered.</summary>
    bool CanSend(ConversationAddress to);

    /// <summary>
    /// Messages that belong to a state change: write the batch in its transaction; once that commits, send it with
    /// <see cref="IOutgoingBatch.SendAsync"/>. What this process cannot send, the outbox worker sends later.
    /// </summary>
    IOutgoingBatch Prepare(IReadOnlyList<OutgoingMessage> messages);

    /// <summary>Keeps messages that belong to no state change (a warning from a scheduled check) for the outbox worker.</summary>
    Task QueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);
}

/// <summary>Outgoing messages written with a state change and sent once it has committed.</summary>
public interface IOutgoingBatch : IStateWriteParticipant
{
    /// <summary>Sends the messages now, in order; one that fails is left to the outbox worker's retries. Never throws for a failed send.</summary>
    Task SendAsync(CancellationToken cancellationToken);
}
