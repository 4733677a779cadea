using System.ComponentModel.DataAnnotations;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>Configuration section <c>Conversations</c>.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversations";
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan DefaultSweepInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a conversation may go without a turn before it is closed as abandoned; default 30 minutes,
    /// from 1 minute to 30 days.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00",
        ErrorMessage = "Conversations:IdleTimeout must be between 00:01:00 and 30.00:00:00.")]
    public TimeSpan IdleTimeout { get; set; } = DefaultIdleTimeout;

    /// <summary>How often idle conversations are looked for; default 1 minute, from 1 second to 1 day.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00",
        ErrorMessage = "Conversations:SweepInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan SweepInterval { get; set; } = DefaultSweepInterval;
}
