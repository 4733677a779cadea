using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Tests.Checks.Safety;

public sealed class HostCheckOptionsTests
{
    [Fact]
    public void Describe_NoAllowedHosts_SaysChecksAreOffAndHowToTurnThemOn()
    {
        Assert.Equal("off (list the hosts the bot may check in Checks:AllowedHosts)", new HostCheckOptions().Describe());
    }

    [Fact]
    public void Describe_HostsButNoUsers_SaysNobodyMayAskYet()
    {
        var options = new HostCheckOptions { AllowedHosts = ["*.contoso.com", "10.0.0.0/8"] };

        Assert.Equal("on for 2 host pattern(s) on port(s) 3389; nobody may ask yet (set Checks:AllowedUsers)", options.Describe());
    }

    [Fact]
    public void Describe_HostsAndUsers_CountsThem()
    {
        var options = new HostCheckOptions { AllowedHosts = ["*.contoso.com"], AllowedUsers = ["rdp-support"], AllowedPorts = [3389, 3390] };

        Assert.Equal("on for 1 host pattern(s) on port(s) 3389, 3390; 1 user(s) or group(s) may ask", options.Describe());
    }
}
