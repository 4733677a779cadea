using System.Diagnostics;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>Runs the real probe, with its default options, against every endpoint, at most <c>concurrency</c> at a time.</summary>
internal sealed class ProbeBatch(RdpProbe probe, int concurrency)
{
    public async Task<IReadOnlyList<HostRun>> RunAsync(IReadOnlyList<BenchEndpoint> endpoints, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(concurrency);
        return await Task.WhenAll(endpoints.Select(async endpoint =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await RunOneAsync(endpoint, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    public async Task<HostRun> RunOneAsync(BenchEndpoint endpoint, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var report = await probe.RunAsync(new ProbeTarget("127.0.0.1", endpoint.Port), cancellationToken);
            return new HostRun(endpoint, clock.Elapsed, report, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HostRun(endpoint, clock.Elapsed, null, e);
        }
    }
}
