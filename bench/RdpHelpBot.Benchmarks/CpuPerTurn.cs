using System.Diagnostics;

namespace RdpHelpBot.Benchmarks;

/// <summary>Process CPU time, wall time and allocations per turn over many whole conversations run one after another.</summary>
internal static class CpuPerTurn
{
    // Tiered compilation keeps re-compiling hot methods in the background for a few seconds after start-up;
    // that CPU is a start-up cost, not a per-turn one, so the measurement starts once it has settled.
    private const int WarmUpConversations = 1500;

    public static async Task RunAsync(int conversations, ConversationScript script)
    {
        using var sampler = AllocationSampler.StartIfAsked();
        using var host = new BenchmarkHost();
        for (var i = 0; i < WarmUpConversations; i++)
        {
            await script.RunAsync(host.Pipeline, $"warm-{i}", CancellationToken.None);
        }
        sampler?.Count();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < conversations; i++)
        {
            await script.RunAsync(host.Pipeline, $"run-{i}", CancellationToken.None);
        }
        wall.Stop();
        process.Refresh();
        var turns = conversations * script.Turns;
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine($"{conversations} {script.Name} conversations, {turns} turns on {host.StorageDescription}");
        Console.WriteLine($"CPU per turn:  {cpu.TotalMicroseconds / turns:F0} µs");
        Console.WriteLine($"wall per turn: {wall.Elapsed.TotalMicroseconds / turns:F0} µs");
        Console.WriteLine($"allocated per turn: {allocated / 1024.0 / turns:F1} KB");
        Console.WriteLine($"turns per second (one at a time): {turns / wall.Elapsed.TotalSeconds:F0}");
        sampler?.Print(turns);
    }
}
