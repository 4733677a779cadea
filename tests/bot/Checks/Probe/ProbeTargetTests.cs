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
    public void Parse_TypedTarget_GivesHostAndPort(string text, string host, int port)
    {
        Assert.Equal(new ProbeTarget(host, port), ProbeTarget.Parse(text));
    }

    [Theory]
    [InlineData("host:0", "not a port")]
    [InlineData("host:65536", "not a port")]
    [InlineData("host:rdp", "not a port")]
    [InlineData("host:", "not a port")]
    [InlineData("", "not a host")]
    [InlineData("[2001:db8::1", "in brackets")]
    [InlineData("[10.0.0.4]:3389", "not an IPv6 address")]
    [InlineData("2001:db8::zz:3389", "in brackets")]
    [InlineData("my host", "not a host")]
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
}
