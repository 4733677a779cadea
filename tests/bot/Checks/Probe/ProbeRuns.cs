using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

/// <summary>Runs the probe the way the tests need it: short timeouts and a fixed date.</summary>
internal static class ProbeRuns
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static ProbeOptions ShortTimeouts { get; } = new()
    {
        DnsTimeout = TimeSpan.FromSeconds(2),
        ConnectTimeout = TimeSpan.FromMilliseconds(300),
        ReadTimeout = TimeSpan.FromMilliseconds(300),
        TlsTimeout = TimeSpan.FromSeconds(2),
    };

    public static Task<ProbeReport> RunAsync(ProbeTarget target, ProbeOptions? options = null) =>
        new RdpProbe(options ?? ShortTimeouts, new FakeTimeProvider(Now)).RunAsync(target, TestContext.Current.CancellationToken);
}
