using System.Text.Json;
using RdpHelpBot.Bot.Tests.Channels.DirectLine;
using RdpHelpBot.Bot.Tests.Cli;
using RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

namespace RdpHelpBot.Bot.Tests.Reliability;

/// <summary>
/// The built bot run as its own process (<c>dotnet RdpHelpBot.dll</c>) on a free loopback port, its data in a folder
/// of the test's: what an operator runs, so it can be killed as a crash would kill it.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private BotProcess(PeerProcess process, Uri baseAddress)
    {
        Process = process;
        BaseAddress = baseAddress;
    }

    public PeerProcess Process { get; }

    public Uri BaseAddress { get; }

    /// <summary>Starts the bot on <paramref name="dataFolder"/> without waiting for it to listen.</summary>
    public static BotProcess Launch(string dataFolder, params string[] settings)
    {
        var port = PeerProcess.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var process = PeerProcess.Start(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [
            Path.Combine(AppContext.BaseDirectory, "RdpHelpBot.dll"),
            $"--urls={baseAddress}", $"--Storage:DataFolder={dataFolder}", $"--DirectLine:Secret={DirectLineServer.Secret}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information", .. settings]);
        return new BotProcess(process, baseAddress);
    }

    /// <summary>Starts the bot on <paramref name="dataFolder"/> and waits until it listens.</summary>
    public static async Task<BotProcess> StartAsync(string dataFolder, params string[] settings)
    {
        var bot = Launch(dataFolder, settings);
        try
        {
            await bot.Process.WaitForPortAsync(bot.BaseAddress.Port, () => "");
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits up to a minute for <paramref name="condition"/>; the failure names <paramref name="what"/> and shows the bot's output.</summary>
    public async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not seen in time: {what}. Bot output:\n{Process.Output}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The outbox rows still waiting in <paramref name="dataFolder"/>, as <c>outbox --json</c> lists them.</summary>
    public static int PendingOutboxRows(string dataFolder)
    {
        var (exitCode, output, error) = CommandLine.Run("outbox", "--json", $"--Storage:DataFolder={dataFolder}");
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("rows").GetArrayLength();
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
