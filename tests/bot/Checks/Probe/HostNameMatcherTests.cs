using System.Net;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class HostNameMatcherTests
{
    [Theory]
    [InlineData("vm1.corp.example", "vm1.corp.example")]
    [InlineData("VM1.Corp.Example", "vm1.corp.example")]
    [InlineData("vm1.corp.example.", "vm1.corp.example")]
    [InlineData("vm1.corp.example", "*.corp.example")]
    public void Match_NameInAlternativeNames_Matches(string host, string name)
    {
        Assert.Equal(NameMatch.Matches, HostNameMatcher.Match(host, [name], [], null));
    }

    [Theory]
    [InlineData("a.b.corp.example", "*.corp.example")]
    [InlineData("corp.example", "*.corp.example")]
    [InlineData("host.example", "*.example")]
    [InlineData("vm2.corp.example", "vm1.corp.example")]
    [InlineData("vm1.corp.example", "v*.corp.example")]
    public void Match_NameNotCovered_IsAMismatch(string host, string name)
    {
        Assert.Equal(NameMatch.Mismatch, HostNameMatcher.Match(host, [name], [], null));
    }

    [Fact]
    public void Match_AlternativeNamesPresent_IgnoresTheCommonName()
    {
        Assert.Equal(NameMatch.Mismatch, HostNameMatcher.Match("vm1", ["other"], [], "vm1"));
    }

    [Fact]
    public void Match_NoAlternativeNames_UsesTheCommonName()
    {
        Assert.Equal(NameMatch.Matches, HostNameMatcher.Match("vm1.corp.example", [], [], "vm1.corp.example"));
    }

    [Fact]
    public void Match_AddressNamedInAlternativeNames_Matches()
    {
        Assert.Equal(NameMatch.Matches, HostNameMatcher.Match("10.0.0.4", [], [IPAddress.Parse("10.0.0.4")], "vm1"));
    }

    [Fact]
    public void Match_AddressWhenTheCertificateNamesOnlyHosts_IsNotChecked()
    {
        Assert.Equal(NameMatch.NotCheckedForAddress, HostNameMatcher.Match("10.0.0.4", ["vm1"], [], "vm1"));
    }

    [Fact]
    public void Match_AddressNotAmongNamedAddresses_IsAMismatch()
    {
        Assert.Equal(NameMatch.Mismatch, HostNameMatcher.Match("10.0.0.4", [], [IPAddress.Parse("10.0.0.5")], null));
    }
}
