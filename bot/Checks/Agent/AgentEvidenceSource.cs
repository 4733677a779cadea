using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>Learns about a host from the agent running on it, for the hosts <c>Agents:Hosts</c> lists.</summary>
internal sealed class AgentEvidenceSource(AgentDirectory directory, AgentClient client, TimeProvider time) : IHostEvidenceSource
{
    public const string SourceName = "host-agent";

    public bool Covers(CheckedHost host) => directory.Find(host) is not null;

    public Task<HostEvidence> CollectAsync(CheckedHost host, CancellationToken cancellationToken) =>
        CollectAsync(host, userName: null, cancellationToken);

    /// <summary>As <see cref="CollectAsync(CheckedHost, CancellationToken)"/>, also telling whether this Windows user has a disconnected session.</summary>
    public async Task<HostEvidence> CollectAsync(CheckedHost host, string? userName, CancellationToken cancellationToken)
    {
        if (directory.Find(host) is not { } agent)
            return new HostEvidence(SourceName, [], $"No host agent is configured for {host.Name}.");
        var result = await client.GetReportAsync(agent, userName, cancellationToken);
        if (result.Report is not { } report)
            return new HostEvidence(SourceName, [], result.Problem);
        IReadOnlyList<HostFinding> findings = AgentFindings.From(report, time.GetUtcNow());
        return new HostEvidence(SourceName, findings);
    }
}
