namespace RdpHelpBot.Bot.Outbox;

/// <summary>The outbox's log lines: row ids, kinds and outcomes; never a destination's secret or a payload.</summary>
internal static partial class OutboxLog
{
    // Debug: a busy bot delivers every reply through the outbox; a line per reply would cost more than the reply.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivered outbox row {Id} ({Kind}) after {Attempts} attempt(s)")]
    public static partial void Delivered(ILogger logger, string id, string kind, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id} ({Kind}) attempt {Attempts} was {Outcome} ({Reason}); next attempt in {Delay}")]
    public static partial void Retrying(ILogger logger, string id, string kind, int attempts, DeliveryOutcome outcome, string? reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox row {Id} ({Kind}) is dead-lettered after {Attempts} attempt(s): {Reason}")]
    public static partial void DeadLettered(ILogger logger, string id, string kind, int attempts, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox could not be read; trying again shortly")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
