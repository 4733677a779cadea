using RdpHelpBot.Bot.Checks.Agent;

namespace RdpHelpBot.Bot.Tests.Checks.Agent;

public sealed class AgentOptionsValidatorTests
{
    private static AgentHostOptions Entry() => new()
    {
        Host = "*.contoso.com", BaseUrl = "https://{name}:8690/", KeyId = "rdp", Key = FakeAgent.Secret,
    };

    private static IEnumerable<string> Failures(AgentHostOptions entry) =>
        new AgentOptionsValidator().Validate(null, new AgentOptions { Hosts = [entry] }).Failures ?? [];

    [Fact]
    public void Validate_GoodEntry_Succeeds() => Assert.Empty(Failures(Entry()));

    [Fact]
    public void Validate_ShortKey_NamesTheEntryButNotTheKey()
    {
        var entry = Entry();
        entry.Key = Convert.ToBase64String(new byte[8]);

        var failure = Assert.Single(Failures(entry));

        Assert.StartsWith("Agents:Hosts:0 (*.contoso.com): KeyId/Key:", failure);
        Assert.DoesNotContain(entry.Key, failure);
    }

    [Fact]
    public void Validate_BaseUrlNotHttp_IsRefused()
    {
        var entry = Entry();
        entry.BaseUrl = "ftp://{name}/";

        Assert.Contains(Failures(entry), f => f.Contains("BaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadHostPattern_IsRefused()
    {
        var entry = Entry();
        entry.Host = "*.com";

        Assert.Contains(Failures(entry), f => f.Contains("wildcard", StringComparison.Ordinal));
    }
}
