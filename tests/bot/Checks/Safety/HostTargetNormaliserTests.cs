using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Tests.Checks.Safety;

public sealed class HostTargetNormaliserTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("2130706433")]
    [InlineData("0x7f000001")]
    [InlineData("0X7F.0.0.1")]
    [InlineData("0177.0.0.1")]
    [InlineData("127.1")]
    [InlineData("127.0.1")]
    [InlineData(" 127.0.0.1. ")]
    public void Normalise_LoopbackSpelledOddly_GivesTheCanonicalAddress(string typed)
    {
        Assert.Equal("127.0.0.1", HostTargetNormaliser.Normalise(typed).Target?.Address?.ToString());
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1", "127.0.0.1")]
    [InlineData("[::ffff:7f00:1]", "127.0.0.1")]
    [InlineData("[2001:DB8::1]", "2001:db8::1")]
    [InlineData("::1", "::1")]
    public void Normalise_IPv6Forms_GivesTheCanonicalAddress(string typed, string expected)
    {
        Assert.Equal(expected, HostTargetNormaliser.Normalise(typed).Target?.Address?.ToString());
    }

    [Fact]
    public void Normalise_NameWithCaseAndTrailingDot_GivesLowerCaseNameWithoutDot()
    {
        Assert.Equal("rdp01.contoso.com", HostTargetNormaliser.Normalise("RDP01.Contoso.COM.").Target?.Name);
    }

    [Theory]
    [InlineData("", "Please give")]
    [InlineData("256.1.1.1", "not a valid one")]
    [InlineData("127.0.0.08", "not a valid one")]
    [InlineData("1.2.3.4.5", "not a valid one")]
    [InlineData("rdp01.contoso.com:99999", "not a port")]
    [InlineData("rdp01.contoso.com:rdp", "not a port")]
    [InlineData("[::1]x", "not a port")]
    [InlineData("::1]", "brackets")]
    [InlineData("2001:db8::zz:3389", "IPv6 address with a port goes in brackets")]
    [InlineData("[::1", "brackets")]
    [InlineData("fe80::1%eth0", "zone id")]
    [InlineData("rdp01.contoso.com/path", "not a valid host name")]
    [InlineData("rdp01.contoso.123", "not a valid one")]
    [InlineData("-rdp.contoso.com", "not a valid host name")]
    [InlineData("rdp..contoso.com", "not a valid host name")]
    public void Normalise_Garbage_GivesASpecificError(string typed, string expected)
    {
        Assert.Contains(expected, HostTargetNormaliser.Normalise(typed).Error);
    }

    [Theory]
    [InlineData("rdp01.contoso.com:3390", "rdp01.contoso.com", 3390)]
    [InlineData("0x7f000001:3390", "127.0.0.1", 3390)]
    [InlineData("[2001:db8::1]:3390", "2001:db8::1", 3390)]
    [InlineData("rdp01.contoso.com", "rdp01.contoso.com", 3389)]
    [InlineData("2001:db8::1", "2001:db8::1", 3389)]
    public void Normalise_HostWithOrWithoutPort_GivesTheHostAndThePort(string typed, string host, int port)
    {
        var target = HostTargetNormaliser.Normalise(typed).Target;

        Assert.Equal((host, port), (target?.Display, target?.Port));
    }

    [Fact]
    public void Normalise_NoPortTyped_LeavesTheTypedPortEmpty()
    {
        Assert.Null(HostTargetNormaliser.Normalise("rdp01.contoso.com").Target?.TypedPort);
    }
}
