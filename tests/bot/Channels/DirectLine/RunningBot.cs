using Microsoft.AspNetCore.Builder;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>The bot as <c>dotnet run --project bot</c> builds it, on a free loopback port, state in memory.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningBot(WebApplication app)
    {
        _app = app;
        BaseUrl = app.Urls.First();
    }

    public string BaseUrl { get; }

    public static async Task<RunningBot> StartAsync(params string[] settings)
    {
        var errors = new StringWriter();
        var app = BotHost.Build([
            "--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", $"--DirectLine:Secret={DirectLineServer.Secret}",
            "--Logging:LogLevel:Default=Warning", .. settings], errors);
        Assert.True(app is not null, errors.ToString());
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new RunningBot(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
