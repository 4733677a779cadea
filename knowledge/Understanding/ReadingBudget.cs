namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>The time one message may take to read; the readers stop running patterns once it is spent.</summary>
internal sealed class ReadingBudget(TimeProvider time, TimeSpan budget)
{
    private readonly long started = time.GetTimestamp();

    public static ReadingBudget Unlimited { get; } = new(TimeProvider.System, TimeSpan.MaxValue);

    public bool IsSpent => budget != TimeSpan.MaxValue && time.GetElapsedTime(started) > budget;
}
