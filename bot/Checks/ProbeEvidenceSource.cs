using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Checks;

/// <summary>The RDP probe as an evidence source: it looks at every allowed host from outside, at the address that was checked.</summary>
internal sealed class ProbeEvidenceSource(RdpProbe probe) : IHostEvidenceSource
{
    public const string Name = "probe";

    private static readonly HashSet<string> Healthy = [ProbeFactIds.RdpOk, ProbeFactIds.CertValid];

    public bool Covers(CheckedHost host) => true;

    public async Task<HostEvidence> CollectAsync(CheckedHost host, CancellationToken cancellationToken)
    {
        var report = await probe.RunAsync(ProbeTarget.For(host), cancellationToken);
        return new HostEvidence(Name, [.. ProbeFindings.From(report).Select(f => new HostFinding(f.FactId, f.Text, Healthy.Contains(f.FactId)))]);
    }
}
