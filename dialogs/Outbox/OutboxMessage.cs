namespace RdpHelpBot.Dialogs.Outbox;

/// <summary>
/// One outgoing side effect that must not be lost or doubled (a webhook call, a message to a conversation),
/// kept until a worker has delivered it or given up on it.
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>The effect and its destination; adding a row with an id already kept changes nothing.</summary>
    public required string Id { get; init; }

    /// <summary>What the receiver recognises a resend by (a webhook's <c>webhook-id</c>): the same on every attempt.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>Which sender delivers it, e.g. <see cref="OutboxKinds.Webhook"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Where it goes, as the sender reads it (a webhook's URL).</summary>
    public required string Destination { get; init; }

    /// <summary>What is sent, as the sender reads it (a webhook's JSON body).</summary>
    public required string Payload { get; init; }

    public DateTimeOffset Created { get; init; }

    /// <summary>Delivery attempts made so far.</summary>
    public int Attempts { get; init; }

    /// <summary>When a pending row is next due.</summary>
    public DateTimeOffset NextAttempt { get; init; }

    public OutboxState State { get; init; }

    /// <summary>Why the last attempt failed, or why the row was given up on.</summary>
    public string? Reason { get; init; }
}

public enum OutboxState
{
    Pending,
    Delivered,

    /// <summary>Given up on (a permanent refusal or too many attempts); kept, and re-queued by hand.</summary>
    Dead,
}

public static class OutboxKinds
{
    public const string Webhook = "webhook";

    /// <summary>Replies to a conversation on a channel (<see cref="OutgoingMessage"/>).</summary>
    public const string Message = "message";
}
