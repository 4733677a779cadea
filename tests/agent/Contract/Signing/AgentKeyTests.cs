using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Agent.Tests.Contract.Signing;

public sealed class AgentKeyTests
{
    [Fact]
    public void TryCreate_ShortKey_IsRefusedWithTheLengthButNotTheKey()
    {
        var shortKey = Convert.ToBase64String(new byte[16]);

        var key = AgentKey.TryCreate("rdp01", shortKey, out var problem);

        Assert.Null(key);
        Assert.Contains("16 bytes", problem);
        Assert.DoesNotContain(shortKey, problem);
    }

    [Theory]
    [InlineData("rdp01", "not base64!")]
    [InlineData("", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("rdp 01", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("rdp01", "")]
    public void TryCreate_UnusableIdOrKey_IsRefused(string id, string secret)
    {
        Assert.Null(AgentKey.TryCreate(id, secret, out _));
    }

    [Fact]
    public void ToString_Key_NamesTheIdOnly()
    {
        Assert.Equal("key 'rdp01'", TestKeys.Host.ToString());
    }
}
