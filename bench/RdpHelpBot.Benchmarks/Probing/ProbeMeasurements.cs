namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>What one batch measured, printed as <c>name: value</c> lines that bench/run-probe-peer.sh reads.</summary>
internal sealed record ProbeMeasurements(
    EndpointList List,
    int Concurrency,
    IReadOnlyList<HostRun> Runs,
    IReadOnlyList<HostRun> Errors,
    TimeSpan Wall,
    TimeSpan UserCpu,
    TimeSpan SystemCpu,
    TimeSpan? EndpointCpu,
    long PeakResidentBytes,
    ResourceSampler Sampler,
    long AllocatedBytes,
    IReadOnlyList<int> Collections,
    int SocketsBefore,
    int SocketsAfter)
{
    private const double MiB = 1024 * 1024;

    public void Print(TextWriter output)
    {
        var hosts = Runs.Count;
        var times = Runs.Select(r => r.Elapsed.TotalMilliseconds).Order().ToList();
        var cpu = UserCpu + SystemCpu;
        output.WriteLine($"endpoints: {List.Describe()}");
        output.WriteLine($"concurrency: {Concurrency}");
        output.WriteLine($"hosts: {hosts}");
        output.WriteLine($"wall s: {Wall.TotalSeconds:F2}");
        output.WriteLine($"hosts/s: {hosts / Wall.TotalSeconds:F1}");
        output.WriteLine($"per-host p50 ms: {Percentile(times, 0.50):F0}");
        output.WriteLine($"per-host p99 ms: {Percentile(times, 0.99):F0}");
        output.WriteLine($"per-host max ms: {times[^1]:F0}");
        output.WriteLine($"errors: {Errors.Count}");
        foreach (var error in Errors.Take(5))
        {
            output.WriteLine($"  {ProbeErrors.Describe(error)}");
        }
        output.WriteLine($"connections per host: {Runs.Average(r => r.Connections):F2}");
        output.WriteLine($"tls handshakes per host: {Runs.Average(r => r.TlsHandshakes):F2}");
        output.WriteLine($"cpu s: {cpu.TotalSeconds:F2} (user {UserCpu.TotalSeconds:F2}, system {SystemCpu.TotalSeconds:F2})");
        output.WriteLine($"cpu ms per host: {cpu.TotalMilliseconds / hosts:F2}");
        output.WriteLine($"endpoint process cpu s: {(EndpointCpu is { } endpointCpu ? endpointCpu.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "unknown")}");
        output.WriteLine($"peak rss MiB: {PeakResidentBytes / MiB:F1}");
        output.WriteLine($"peak managed heap MiB: {Sampler.PeakManagedHeapBytes / MiB:F1}");
        output.WriteLine($"allocated MiB: {AllocatedBytes / MiB:F1} ({AllocatedBytes / 1024.0 / hosts:F0} KiB per host)");
        output.WriteLine($"gc collections gen0/gen1/gen2: {Collections[0]}/{Collections[1]}/{Collections[2]}");
        output.WriteLine($"peak thread-pool threads: {Sampler.PeakThreadPoolThreads}");
        output.WriteLine($"peak queued work items: {Sampler.PeakQueuedWorkItems}");
        output.WriteLine($"open sockets before/after: {SocketsBefore}/{SocketsAfter}");
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
