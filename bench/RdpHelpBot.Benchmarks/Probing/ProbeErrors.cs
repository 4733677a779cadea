using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>
/// A host is an error when the probe threw, or when its facts differ from those the same kind of endpoint gave
/// when probed alone before the batch (a timeout or a dropped connection under load changes the facts).
/// </summary>
internal sealed class ProbeErrors(IReadOnlyDictionary<EndpointKind, IReadOnlyList<string>> reference)
{
    public IReadOnlyList<HostRun> Of(IReadOnlyList<HostRun> runs) =>
        [.. runs.Where(run => run.Failure is not null || !run.Facts.SequenceEqual(reference[run.Endpoint.Kind]))];

    public static string Describe(HostRun run)
    {
        if (run.Failure is { } failure)
        {
            return $"port {run.Endpoint.Port}: {failure.GetType().Name}: {failure.Message}";
        }
        var report = run.Report!;
        var odd = report.Negotiations.Where(n => !n.IsConfirm).Select(n => $"{n.Requested.ToSpecName()} {n.Outcome} {n.Detail}")
            .Concat(report.Tls is { } tls ? new[] { $"TLS {tls.Status} {tls.Handshake.Detail}" } : []);
        return $"port {run.Endpoint.Port} ({run.Endpoint.Kind.Name()}, {run.Elapsed.TotalMilliseconds:F0} ms): " +
            $"{string.Join(", ", run.Facts)}; {string.Join("; ", odd)}";
    }
}
