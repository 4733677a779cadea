using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Tests.Channels.Inbound;

/// <summary>A claim too short to outlast its renewals, or too long to take over a stopped instance's messages in time, stops the start.</summary>
public sealed class InboundClaimTimeoutTests
{
    [Theory]
    [InlineData("00:00:01")]
    [InlineData("02:00:00")]
    public async Task Start_ClaimTimeoutOutOfRange_StopsWithTheSettingsName(string value)
    {
        await using var app = BotHost.Build(["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", $"--Storage:InboundClaimTimeout={value}"], TextWriter.Null);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app!.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Storage:InboundClaimTimeout must be between 3 seconds and 1 hour.", error.Message, StringComparison.Ordinal);
    }
}
