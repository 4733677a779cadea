using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

/// <summary>The probe against FreeRDP's shadow server requiring NLA (rdp.md §4.7).</summary>
public sealed class FreeRdpShadowProbeTests
{
    [Fact]
    public async Task RunAsync_NlaRequired_FindsHybridRequired()
    {
        var report = await ProbeAsync();

        Assert.Contains(ProbeFactIds.HybridRequired, ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_NlaRequiredAskedForTls_IsRefusedWithHybridRequired()
    {
        var report = await ProbeAsync();

        Assert.Equal(NegotiationFailureCode.HybridRequiredByServer, report.Negotiations.Single(n => n.Requested == RdpProtocol.Ssl).FailureCode);
    }

    [Fact]
    public async Task RunAsync_NlaRequiredAskedForTlsAndNla_SelectsHybridAndCompletesTls()
    {
        var report = await ProbeAsync();

        var negotiation = report.Negotiations.Single(n => n.Requested == (RdpProtocol.Ssl | RdpProtocol.Hybrid));
        Assert.Equal((RdpProtocol.Hybrid, TlsStatus.Completed), (negotiation.Selected, report.Tls?.Status));
    }

    private static async Task<ProbeReport> ProbeAsync()
    {
        await using var server = await FreeRdpShadowServer.StartAsync();
        return await ProbeRuns.RunAsync(server.Target, ProbeRuns.ShortTimeouts with { ReadTimeout = TimeSpan.FromSeconds(3) });
    }
}
