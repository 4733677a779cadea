using RdpHelpBot.Agent.Hosting;
using RdpHelpBot.Agent.Tests.Contract.Signing;

namespace RdpHelpBot.Agent.Tests.Service.Hosting;

public sealed class AgentSettingsTests
{
    [Fact]
    public void TryCreate_NoKey_NamesTheSetting()
    {
        AgentSettings.TryCreate(new AgentOptions { KeyId = "rdp01" }, out var problems);

        Assert.Equal(["Agent:KeyId / Agent:Key: the key is empty."], problems);
    }

    [Fact]
    public void TryCreate_ShortKey_DoesNotQuoteIt()
    {
        var shortKey = Convert.ToBase64String(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });

        AgentSettings.TryCreate(new AgentOptions { KeyId = "rdp01", Key = shortKey }, out var problems);

        Assert.DoesNotContain(problems, p => p.Contains(shortKey, StringComparison.Ordinal));
    }

    [Fact]
    public void TryCreate_ListenUrlNotHttp_IsRefused()
    {
        AgentSettings.TryCreate(new AgentOptions { KeyId = "rdp01", Key = TestKeys.HostSecret, ListenUrl = "ftp://0.0.0.0:21" }, out var problems);

        Assert.Single(problems, p => p.StartsWith("Agent:ListenUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void TryCreate_GoodSettings_Succeed() =>
        Assert.NotNull(AgentSettings.TryCreate(new AgentOptions { KeyId = "rdp01", Key = TestKeys.HostSecret }, out _));
}
