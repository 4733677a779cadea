using System.Diagnostics;

namespace RdpHelpBot.Benchmarks;

/// <summary>Process CPU time per turn over many whole conversations run one after another.</summary>
internal static class CpuPerTurn
{
    public static async Task RunAsync(int conversations)
    {
        using var host = new BenchmarkHost();
        // Warm up: JIT, the SQLite pool and the knowledge caches.
        for (var i = 0; i < 200; i++)
        {
            await ConversationScript.RunAsync(host.Pipeline, $"warm-{i}", CancellationToken.None);
        }
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < conversations; i++)
        {
            await ConversationScript.RunAsync(host.Pipeline, $"run-{i}", CancellationToken.None);
        }
        wall.Stop();
        process.Refresh();
        var turns = conversations * ConversationScript.Turns;
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine($"{conversations} conversations, {turns} turns on SQLite ({host.DataFolder})");
        Console.WriteLine($"CPU per turn:  {cpu.TotalMicroseconds / turns:F0} µs");
        Console.WriteLine($"wall per turn: {wall.Elapsed.TotalMicroseconds / turns:F0} µs");
        Console.WriteLine($"turns per second (one at a time): {turns / wall.Elapsed.TotalSeconds:F0}");
    }
}
