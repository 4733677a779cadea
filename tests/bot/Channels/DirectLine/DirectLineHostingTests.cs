using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineHostingTests
{
    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978/")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080/")]
    [InlineData("http://*:5000", "http://localhost:5000/")]
    [InlineData("http://[::]:5000", "http://localhost:5000/")]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234/")]
    public void WebChatUrl_ListeningAddress_IsTheAddressToOpenInABrowser(string listening, string expected)
    {
        Assert.Equal(expected, BotHost.WebChatUrl([listening]));
    }

    [Fact]
    public async Task Start_SecretTooShort_StopsWithTheSettingsName()
    {
        await using var app = BotHost.Build(["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", "--DirectLine:Secret=short"], TextWriter.Null);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app!.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("DirectLine:Secret must be at least 32 characters long.", error.Message, StringComparison.Ordinal);
    }
}
