using BenchmarkDotNet.Attributes;

namespace RdpHelpBot.Benchmarks;

/// <summary>Time and allocations per turn of a whole conversation on the SQLite store.</summary>
[MemoryDiagnoser]
public class ConversationBenchmark
{
    private BenchmarkHost? _host;
    private int _conversation;

    [GlobalSetup]
    public void Setup() => _host = new BenchmarkHost();

    [GlobalCleanup]
    public void Cleanup() => _host?.Dispose();

    [Benchmark(OperationsPerInvoke = 7, Description = "one turn of a full conversation (SQLite)")]
    public Task<int> Turn() =>
        ConversationScript.Buttons.RunAsync(_host!.Pipeline, $"c{Interlocked.Increment(ref _conversation)}", CancellationToken.None);
}
