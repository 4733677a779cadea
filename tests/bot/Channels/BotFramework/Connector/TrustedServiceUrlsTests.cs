using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.BotFramework;
using RdpHelpBot.Bot.Channels.BotFramework.Connector;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Connector;

public sealed class TrustedServiceUrlsTests
{
    private static TrustedServiceUrls CreateSut(params string[] extraHosts) =>
        new(Options.Create(new BotFrameworkOptions { TrustedServiceUrlHosts = [.. extraHosts] }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://slack.botframework.com/")]
    public void IsTrusted_PublicCloudConnector_IsTrusted(string url)
    {
        Assert.True(CreateSut().IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://127.0.0.1:3979/")]
    public void IsTrusted_AnythingElse_IsNot(string url)
    {
        Assert.False(CreateSut().IsTrusted(new Uri(url)));
    }

    [Fact]
    public void IsTrusted_ConfiguredLoopbackHost_AllowsPlainHttp()
    {
        Assert.True(CreateSut("127.0.0.1").IsTrusted(new Uri("http://127.0.0.1:3979/")));
    }

    [Fact]
    public void IsTrusted_ConfiguredRemoteHost_StillNeedsHttps()
    {
        Assert.False(CreateSut("connector.contoso.com").IsTrusted(new Uri("http://connector.contoso.com/")));
    }
}
