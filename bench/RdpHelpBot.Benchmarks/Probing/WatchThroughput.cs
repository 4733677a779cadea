using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>
/// <c>watch N [--concurrency C]</c>: one certificate-watch pass, as the bot runs it (policy, audit, certificate-only
/// probe, judge, history and outbox in a SQLite file), over N fake endpoints in a child process; warm-up passes first,
/// until the JIT has settled.
/// Prints endpoints per second and the CPU both processes used.
/// </summary>
internal static class WatchThroughput
{
    // Tiered compilation keeps re-compiling the pass's methods (in both processes) for several passes after start-up;
    // measured then, a pass's CPU is largely the JIT's. Warm-up passes run until one compiles almost nothing new.
    private const int MaxWarmUps = 6;
    private const int SettledBelow = 20;
    private static readonly TimeSpan TierUpPause = TimeSpan.FromSeconds(1);

    private static async Task WarmUpAsync(WatchPass pass)
    {
        for (var round = 1; round <= MaxWarmUps; round++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            var warmUp = await pass.RunAsync(CancellationToken.None);
            // The background compiler's tier-1 versions of what the pass called are counted in this round.
            await Task.Delay(TierUpPause);
            var jitted = JitInfo.GetCompiledMethodCount() - compiled;
            Console.WriteLine($"warm-up {round}: {warmUp?.Addresses} addresses, {warmUp?.Certificates} certificates in {warmUp?.Elapsed.TotalSeconds:0.00} s, {jitted} methods compiled");
            if (jitted < SettledBelow)
                return;
        }
    }

    // What else the machine ran meanwhile: the figures are only comparable between runs at a similar load.
    private static string? LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static async Task RunAsync(string[] args)
    {
        var options = ProbeModeOptions.Parse(args);
        using var child = await EndpointProcess.StartAsync(options.Count, CancellationToken.None);
        var endpoints = child.List.Endpoints;
        var folder = Directory.CreateTempSubdirectory("rdphelpbot-watch-bench");
        try
        {
            string[] settings =
            [
                $"--Storage:DataFolder={folder.FullName}",
                $"--Storage:Provider={Environment.GetEnvironmentVariable("WATCH_BENCH_STORAGE") ?? "Sqlite"}",
                "--Checks:AllowedHosts:0=127.0.0.1",
                "--Checks:AllowLoopback=true",
                $"--Watch:Parallelism={options.Concurrency ?? 256}",
                .. endpoints.Select((e, i) => string.Create(CultureInfo.InvariantCulture, $"--Checks:AllowedPorts:{i}={e.Port}")),
                .. endpoints.Select((e, i) => string.Create(CultureInfo.InvariantCulture, $"--Watch:Hosts:{i}:Host=127.0.0.1")),
                .. endpoints.Select((e, i) => string.Create(CultureInfo.InvariantCulture, $"--Watch:Hosts:{i}:Port={e.Port}")),
            ];
            var builder = WebApplication.CreateSlimBuilder(settings);
            builder.Logging.ClearProviders();
            builder.AddStorage();
            builder.AddHostChecks();
            builder.AddOutbox();
            builder.AddCertificateWatch(scheduled: false);
            await using var app = builder.Build();
            await app.Services.CheckStorageAsync(CancellationToken.None);
            var pass = app.Services.GetRequiredService<WatchPass>();

            await WarmUpAsync(pass);

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var endpointCpuBefore = ProcessFigures.CpuTimeOf(child.List.ProcessId);
            var (jitMethodsBefore, jitTimeBefore) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
            var result = await pass.RunAsync(CancellationToken.None) ?? throw new InvalidOperationException("The lease was held.");
            process.Refresh();
            Console.WriteLine($"jit during the pass: {JitInfo.GetCompiledMethodCount() - jitMethodsBefore} methods, {(JitInfo.GetCompilationTime() - jitTimeBefore).TotalMilliseconds:0} ms");
            var seconds = result.Elapsed.TotalSeconds;
            Console.WriteLine($"endpoints: {result.Addresses}");
            Console.WriteLine($"certificates read: {result.Certificates} (expected {endpoints.Count(e => e.Kind.HasTls())})");
            Console.WriteLine($"wall: {seconds:0.000} s");
            Console.WriteLine($"endpoints/s: {result.Addresses / seconds:0}");
            var watchCpu = process.TotalProcessorTime - cpuBefore;
            var endpointCpu = ProcessFigures.CpuTimeOf(child.List.ProcessId) - endpointCpuBefore;
            Console.WriteLine($"cpu watch: {watchCpu.TotalSeconds:0.00} s, {watchCpu.TotalMilliseconds / result.Addresses:0.00} ms per endpoint");
            Console.WriteLine($"cpu endpoints: {endpointCpu?.TotalSeconds:0.00} s, {endpointCpu?.TotalMilliseconds / result.Addresses:0.00} ms per endpoint");
            if (LoadAverage() is { } load)
                Console.WriteLine($"load average: {load}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
