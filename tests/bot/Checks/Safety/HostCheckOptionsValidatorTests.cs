using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Tests.Checks.Safety;

public sealed class HostCheckOptionsValidatorTests
{
    [Fact]
    public void Validate_NamesWildcardsRangesAndAddresses_Succeeds()
    {
        var options = new HostCheckOptions { AllowedHosts = ["rdp01.contoso.com", "*.contoso.com", "10.0.0.0/8", "192.0.2.7", "2001:db8::/32"] };

        Assert.True(new HostCheckOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("10.0.0.1/8", "CIDR")]
    [InlineData("*.com", "wildcard")]
    [InlineData("rdp 01", "not a valid host name")]
    [InlineData("rdp01.contoso.com:3389", "AllowedPorts")]
    public void Validate_BadAllowedHost_NamesTheEntry(string entry, string expected)
    {
        var result = new HostCheckOptionsValidator().Validate(null, new HostCheckOptions { AllowedHosts = [entry] });

        Assert.Contains(expected, result.FailureMessage);
    }

    [Fact]
    public void Validate_GlobalLimitBelowPerUserLimit_Fails()
    {
        var options = new HostCheckOptions { ChecksPerUserPerWindow = 10, ChecksPerWindow = 5 };

        Assert.Contains("ChecksPerWindow", new HostCheckOptionsValidator().Validate(null, options).FailureMessage);
    }

    [Fact]
    public void Validate_EmptyGroup_NamesTheGroup()
    {
        var options = new HostCheckOptions { Groups = { ["rdp-support"] = [] } };

        Assert.Contains("Checks:Groups:rdp-support", new HostCheckOptionsValidator().Validate(null, options).FailureMessage);
    }
}
