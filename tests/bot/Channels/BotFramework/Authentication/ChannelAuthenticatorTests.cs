using System.Net;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.BotFramework;
using RdpHelpBot.Bot.Channels.BotFramework.Authentication;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Authentication;

public sealed class ChannelAuthenticatorTests
{
    private static async Task<AuthenticationVerdict> LocalModeVerdictAsync(string caller)
    {
        var options = Options.Create(new BotFrameworkOptions());
        using var metadata = new OpenIdMetadata(options);
        var outcome = await new ChannelAuthenticator(options, metadata)
            .AuthenticateAsync(null, new Activity { ChannelId = "emulator" }, IPAddress.Parse(caller), CancellationToken.None);
        return outcome.Verdict;
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task Authenticate_LocalModeFromLoopback_IsAccepted(string caller)
    {
        Assert.Equal(AuthenticationVerdict.Accepted, await LocalModeVerdictAsync(caller));
    }

    [Theory]
    [InlineData("10.0.0.8")]
    [InlineData("203.0.113.7")]
    public async Task Authenticate_LocalModeFromAnotherMachine_IsRejected(string caller)
    {
        Assert.Equal(AuthenticationVerdict.Rejected, await LocalModeVerdictAsync(caller));
    }

    [Fact]
    public void Describe_LocalMode_SaysLoopbackOnly()
    {
        Assert.Contains("loopback callers only", new BotFrameworkOptions().Describe(), StringComparison.Ordinal);
    }
}
