using System.ComponentModel.DataAnnotations;

namespace RdpHelpBot.Bot.Outbox;

/// <summary>How the outbox worker delivers rows (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string SectionName = "Outbox";

    /// <summary>The most rows one pass lists, and so claims, at once.</summary>
    public const int MaxBatch = 50;

    /// <summary>How often the worker looks for due rows. Default 2 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts before a row is dead-lettered. Default 8.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; it doubles with each one after. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between attempts, unless the receiver's <c>Retry-After</c> asks for longer. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long messages written by a turn are left to the process that wrote them, which sends them as soon as the
    /// turn commits, before the worker takes them over (that process stopped). Longer than any one send. Default 1 minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SendingHold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one delivery may take before it counts as ambiguous. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// With several instances on one database, how long the rows an instance listed are left to it before another
    /// takes them over (it stopped mid-delivery). At least twice <see cref="SendTimeout"/>; a pass lists no more rows
    /// than it can send within it. Default 10 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many rows a pass lists: all it can send, each within <see cref="SendTimeout"/>, before its claim runs out.</summary>
    public int Batch => (int)Math.Clamp((ClaimTimeout / SendTimeout) - 1, 1, MaxBatch);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClaimTimeout < SendTimeout * 2)
            yield return new ValidationResult($"{SectionName}:ClaimTimeout must be at least twice {SectionName}:SendTimeout.", [nameof(ClaimTimeout)]);
    }
}
