namespace RdpHelpBot.Bot.Tests.Cli;

/// <summary>
/// Reports as users write them, through the understander and the engine over the shipped knowledge: the
/// cause a helpdesk engineer would try first comes first.
/// </summary>
public sealed class DiagnoseRepresentativeReportTests
{
    public static TheoryData<string, string> Reports => new()
    {
        { "My Azure VM stopped working this morning, nothing changed. Error code 0x904, extended error code 0x7", "expired-self-signed-cert" },
        { "we renewed the certificate last week and now I get 0x904", "private-key-not-readable" },
        { "I work from home over the VPN, very slow, getting 0x904 ext 0x7", "vpn-unstable" },
        { "by IP it works, by name I get 0x904", "dns-stale" },
        { "error 2308 on our windows server 2022 since the cyberark hardening", "private-key-not-readable" },
        { "0x904/0x7 but only my account, colleagues can connect fine", "disconnected-session-conflict" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Diagnose_RepresentativeReport_PutsTheRightCauseFirst(string report, string expectedCause)
    {
        var (exitCode, output, _) = CommandLine.Run("diagnose", report);

        Assert.Equal(0, exitCode);
        var firstCause = output.Split('\n').First(line => line.StartsWith("  1. ", StringComparison.Ordinal));
        Assert.EndsWith($"({expectedCause})", firstCause.Replace(" [articles only]", "", StringComparison.Ordinal).TrimEnd());
    }
}
