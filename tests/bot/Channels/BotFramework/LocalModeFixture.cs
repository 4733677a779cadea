using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>A bot without an app id (local mode) keeping its data in SQLite in a temporary folder.</summary>
public sealed class LocalModeFixture : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();

    internal FakeConnector Connector { get; private set; } = null!;
    internal BotUnderTest Bot { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = await BotUnderTest.StartAsync(Settings(_folder.Path));
    }

    /// <summary>Local mode with SQLite in <paramref name="dataFolder"/>, trusting a Connector on loopback.</summary>
    internal static string[] Settings(string dataFolder) =>
        ["--Storage:Provider=Sqlite", $"--Storage:DataFolder={dataFolder}", "--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1"];

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        _folder.Dispose();
    }
}
