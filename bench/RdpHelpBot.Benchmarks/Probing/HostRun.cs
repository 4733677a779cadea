using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>One endpoint probed: the report (or what the probe threw) and the wall time of the whole probe.</summary>
internal sealed record HostRun(BenchEndpoint Endpoint, TimeSpan Elapsed, ProbeReport? Report, Exception? Failure)
{
    /// <summary>Connections opened: one per Connection Request, one per TLS version retry.</summary>
    public int Connections => Report is null ? 0 : Report.Negotiations.Count + (Report.Tls?.Versions.Count ?? 0);

    /// <summary>TLS handshakes that sent a ClientHello (a version OpenSSL refuses here never reaches the server).</summary>
    public int TlsHandshakes => Report?.Tls is not { } tls ? 0
        : new[] { tls.Handshake }.Concat(tls.Versions).Count(a => a.Status is not (TlsAttemptStatus.NotOfferedLocally or TlsAttemptStatus.NotSelected));

    public IReadOnlyList<string> Facts => Report is null ? [] : ProbeFindings.FactIds(Report);
}
