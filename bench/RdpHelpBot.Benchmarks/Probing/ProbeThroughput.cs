using System.Diagnostics;
using System.Globalization;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>
/// <c>probe N [--concurrency C]</c> starts N fake endpoints in a child process; <c>probe --endpoints FILE</c> uses
/// the listing of an <c>endpoints</c> process already running. Probes one endpoint of each kind alone first (the
/// warm-up, and the reference facts each kind must give), then all of them at once, and prints throughput, latency,
/// errors, memory and CPU as <c>name: value</c> lines.
/// </summary>
internal static class ProbeThroughput
{
    public static async Task RunAsync(string[] args)
    {
        var options = ProbeModeOptions.Parse(args);
        using var child = options.EndpointsFile is null ? await EndpointProcess.StartAsync(options.Count, CancellationToken.None) : null;
        var list = child?.List ?? await ReadListAsync(options.EndpointsFile!);
        var concurrency = options.Concurrency ?? list.Endpoints.Count;
        var batch = new ProbeBatch(new RdpProbe(), concurrency);

        var reference = new Dictionary<EndpointKind, IReadOnlyList<string>>();
        foreach (var first in list.Endpoints.DistinctBy(e => e.Kind))
        {
            var run = await batch.RunOneAsync(first, CancellationToken.None);
            reference[first.Kind] = run.Facts;
            Console.WriteLine($"reference {first.Kind.Name()}: {string.Join(", ", run.Facts)} ({run.Connections} connections, {run.TlsHandshakes} TLS handshakes)");
        }

        GC.Collect();
        var socketsBefore = ProcessFigures.OpenSockets();
        var endpointCpuBefore = ProcessFigures.CpuTimeOf(list.ProcessId);
        var process = Process.GetCurrentProcess();
        var (userBefore, systemBefore) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = Collections();
        IReadOnlyList<HostRun> runs;
        TimeSpan wall;
        ResourceSampler sampler;
        using (sampler = new ResourceSampler())
        {
            var clock = Stopwatch.StartNew();
            runs = await batch.RunAsync(list.Endpoints, CancellationToken.None);
            wall = clock.Elapsed;
        }
        process.Refresh();
        var measured = new ProbeMeasurements(
            list, concurrency, runs, new ProbeErrors(reference).Of(runs), wall,
            process.UserProcessorTime - userBefore, process.PrivilegedProcessorTime - systemBefore,
            ProcessFigures.CpuTimeOf(list.ProcessId) - endpointCpuBefore,
            ProcessFigures.PeakResidentBytes(), sampler, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            [.. Collections().Zip(collectionsBefore, (after, before) => after - before)],
            socketsBefore, ProcessFigures.OpenSockets());
        measured.Print(Console.Out);
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static async Task<EndpointList> ReadListAsync(string path)
    {
        using var reader = new StreamReader(path);
        return await EndpointList.ReadAsync(reader, CancellationToken.None)
            ?? throw new FormatException($"{path} has no 'ready' line: is the endpoint process still starting?");
    }
}

/// <summary>The probe mode's arguments.</summary>
internal sealed record ProbeModeOptions(int Count, string? EndpointsFile, int? Concurrency)
{
    public static ProbeModeOptions Parse(string[] args)
    {
        var count = 500;
        string? file = null;
        int? concurrency = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--endpoints" when i + 1 < args.Length:
                    file = args[++i];
                    break;
                case "--concurrency" when i + 1 < args.Length:
                    concurrency = Positive(args[++i], "--concurrency");
                    break;
                default:
                    count = Positive(args[i], "the number of endpoints");
                    break;
            }
        }
        return new ProbeModeOptions(count, file, concurrency);
    }

    private static int Positive(string text, string what) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"'{text}' is not a valid value for {what}: use a positive whole number.");
}
