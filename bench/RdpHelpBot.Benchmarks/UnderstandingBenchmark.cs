using BenchmarkDotNet.Attributes;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Benchmarks;

/// <summary>Time and allocations of the embedded understander per message, on the built-in knowledge.</summary>
[MemoryDiagnoser]
public class UnderstandingBenchmark
{
    private RuleBasedUnderstander? _understander;

    /// <summary>The SDK peer's three messages (bench/run-peer.sh), then a longer report as a user types it.</summary>
    public static string[] Messages { get; } =
    [
        "I get 0x904", "Azure VM", "yes",
        "Since this morning nobody can connect over the VPN to rdp01.contoso.com, we get 0x904 extended 0x7; the certificate was renewed last week",
    ];

    [ParamsSource(nameof(Messages))]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup() =>
        _understander = new RuleBasedUnderstander(KnowledgeBase.LoadBuiltIn().Knowledge
            ?? throw new InvalidOperationException("The built-in knowledge does not load."));

    [Benchmark(Description = "understand one message")]
    public Understanding Understand() => _understander!.Understand(Message);
}
