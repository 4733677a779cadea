using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Benchmarks;

/// <summary>The bot's own service wiring on a SQLite file in a temporary folder, without the web server.</summary>
internal sealed class BenchmarkHost : IDisposable
{
    private readonly IHost _host;

    public BenchmarkHost()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "rdphelpbot-bench", Guid.NewGuid().ToString("N"));
        // BENCH_ARGS adds host settings, e.g. "--Storage:Provider=InMemory" to leave SQLite out of the figures.
        string[] extra = Environment.GetEnvironmentVariable("BENCH_ARGS")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var builder = Host.CreateApplicationBuilder([$"--Storage:DataFolder={DataFolder}", "--Logging:LogLevel:Default=Warning", .. extra]);
        if (!BotServices.TryAdd(builder, Console.Error))
        {
            throw new InvalidOperationException("The bot's services could not be set up; see the errors above.");
        }
        _host = builder.Build();
        Pipeline = _host.Services.GetRequiredService<TurnPipeline>();
        StorageDescription = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Describe() ?? DataFolder;
    }

    public string DataFolder { get; }

    /// <summary>Where the conversations are stored, as the bot's start-up log says it.</summary>
    public string StorageDescription { get; }

    public TurnPipeline Pipeline { get; }

    public void Dispose()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
