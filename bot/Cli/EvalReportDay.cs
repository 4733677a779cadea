namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// The clock reports are scored by: the real one for timing, and 3 December 2026, the day the newest reports were
/// written, for the date, so that a date pasted in a report (a certificate's expiry) reads the same on any later day.
/// </summary>
internal sealed class EvalReportDay : TimeProvider
{
    public static readonly DateTimeOffset Date = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Date;
}
