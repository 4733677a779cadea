namespace RdpHelpBot.Bot.Outbox;

/// <summary>What one delivery attempt came to, as a sender classifies it.</summary>
/// <param name="PostedId">For a message posted to a channel: the channel's id of the first message (a Slack <c>ts</c>, a Teams activity id).</param>
internal sealed record DeliveryResult(DeliveryOutcome Outcome, string? Reason = null, TimeSpan? RetryAfter = null, string? PostedId = null)
{
    /// <summary>The channel refuses the recipient for good (the Teams app removed, the bot blocked): later messages will not reach them either.</summary>
    public bool RecipientGone { get; init; }

    public static DeliveryResult Delivered { get; } = new(DeliveryOutcome.Delivered);

    /// <summary>
    /// A post that cannot be sent twice safely (a Teams activity, a Slack message) broke off after it left — a timeout,
    /// a 500, a broken connection —, so it may have arrived: dead-lettered for a person to check, never sent again blindly.
    /// </summary>
    public static DeliveryResult MayHaveArrived(string what, string outboxId) =>
        new(DeliveryOutcome.Permanent, $"{what}; it may have arrived: check the conversation, then `outbox --retry {outboxId}` if it did not");
}

internal enum DeliveryOutcome
{
    Delivered,

    /// <summary>Not applied (refused connection, 429, a gateway's 502/503/504): send again later.</summary>
    Retryable,

    /// <summary>May have been applied (a timeout, a 500): send again only with the same idempotency key.</summary>
    Ambiguous,

    /// <summary>Refused for good (a 4xx other than 408/429): dead-lettered with the reason.</summary>
    Permanent,
}

/// <summary>Delivers outbox rows of one <see cref="Dialogs.Outbox.OutboxMessage.Kind"/>.</summary>
internal interface IOutboxSender
{
    string Kind { get; }

    Task<DeliveryResult> SendAsync(Dialogs.Outbox.OutboxMessage message, CancellationToken cancellationToken);
}
