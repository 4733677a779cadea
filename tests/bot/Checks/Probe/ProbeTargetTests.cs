using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class ProbeTargetTests
{
    [Theory]
    [InlineData("rdp.example.com", "rdp.example.com", 3389)]
    [InlineData("rdp.example.com:3390", "rdp.example.com", 3390)]
    [InlineData("10.0.0.4", "10.0.0.4", 3389)]
    [InlineData("[2001:db8::1]:3390", "2001:db8::1", 3390)]
    [InlineData("[2001:db8::1]", "2001:db8::1", 3389)]
    [InlineData("2001:db8::1", "2001:db8::1", 3389)]
    [InlineData("  host  ", "host", 3389)]
    [InlineData("RDP.Example.com.", "rdp.example.com", 3389)]
    [InlineData("2130706433:3390", "127.0.0.1", 3390)]
    public void Parse_TypedTarget_GivesHostAndPort(string text, string host, int port)
    {
        Assert.Equal(new ProbeTarget(host, port), ProbeTarget.Parse(text));
    }

    [Theory]
    [InlineData("host:0", "not a port")]
    [InlineData("host:65536", "not a port")]
    [InlineData("host:rdp", "not a port")]
    [InlineData("host:", "not a port")]
    [InlineData("", "Please give a host name")]
    [InlineData("[2001:db8::1", "brackets")]
    [InlineData("[10.0.0.4]:3389", "not a valid IPv6 address")]
    [InlineData("2001:db8::zz:3389", "in brackets")]
    [InlineData("my host", "not a valid host name")]
    public void TryParse_BadTarget_SaysWhatIsWrong(string text, string problem)
    {
        var parsed = ProbeTarget.TryParse(text, out _, out var message);

        Assert.Equal((false, true), (parsed, message.Contains(problem, StringComparison.Ordinal)));
    }

    [Fact]
    public void ToString_Ipv6Address_PutsItInBrackets()
    {
        Assert.Equal("[2001:db8::1]:3389", new ProbeTarget("2001:db8::1", 3389).ToString());
    }

    [Fact]
    public void For_CheckedHost_ConnectsToTheCheckedAddressUnderTheHostName()
    {
        var target = ProbeTarget.For(new CheckedHost("rdp01.contoso.com", System.Net.IPAddress.Parse("10.1.2.3"), 3390));

        Assert.Equal(("rdp01.contoso.com", 3390, "10.1.2.3"), (target.Host, target.Port, target.ConnectTo?.ToString()));
    }
}
