using System.Diagnostics;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Benchmarks;

/// <summary>
/// Process CPU time and allocations per message of the embedded understander alone, over the messages of
/// <see cref="UnderstandingBenchmark"/>; CPU rather than wall time, so it can be compared on a busy machine.
/// </summary>
internal static class UnderstandingCpu
{
    // Long enough for tiered compilation to have settled.
    private const int WarmUpRounds = 2_500;

    public static async Task RunAsync(int rounds)
    {
        var understander = new RuleBasedUnderstander(KnowledgeBase.LoadBuiltIn().Knowledge
            ?? throw new InvalidOperationException("The built-in knowledge does not load."));
        var messages = UnderstandingBenchmark.Messages;
        for (var i = 0; i < WarmUpRounds; i++)
            foreach (var message in messages)
                understander.Understand(message);
        // Let the background work the warm-up started (tier-1 compilation) finish outside the measurement.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < rounds; i++)
            foreach (var message in messages)
                understander.Understand(message);
        process.Refresh();
        var count = rounds * messages.Length;
        Console.WriteLine($"{count} messages ({messages.Length} kinds)");
        Console.WriteLine($"CPU per message: {(process.TotalProcessorTime - cpuBefore).TotalMicroseconds / count:F1} µs");
        Console.WriteLine($"allocated per message: {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / count:F2} KB");
    }
}
