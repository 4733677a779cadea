using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Benchmarks;

/// <summary>
/// The whole Bot Framework path in one process: the real web host on /api/messages (local mode, SQLite), a fake
/// Connector, and concurrent users sending the SDK peer's typed script, each dialog in a new conversation.
/// Reports CPU and allocations per turn for everything in the process (the users and the fake Connector
/// included, so compare builds rather than reading the figure as the bot's alone) and the POST latencies.
/// </summary>
internal static class HttpPerTurn
{
    private static readonly string[] Messages = ["I get 0x904", "Azure VM", "yes"];

    public static async Task RunAsync(int dialogs, int users)
    {
        using var sampler = AllocationSampler.StartIfAsked();
        await using var connector = await FakeConnector.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "rdphelpbot-bench", Guid.NewGuid().ToString("N"));
        var app = BotHost.Build(
            ["--urls", "http://127.0.0.1:0", $"--Storage:DataFolder={data}", "--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1",
             "--Logging:LogLevel:Default=Warning"], Console.Error) ?? throw new InvalidOperationException("The bot did not start.");
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var serviceUrl = connector.Url;
            // Warm up until JIT tiering has settled, as the conversation benchmark does.
            await RunUsersAsync(client, connector, serviceUrl, "warm", 4000, users, latencies: null);
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gcBefore = GC.CollectionCount(0);
            var pausedBefore = GC.GetTotalPauseDuration();
            sampler?.Count();
            var latencies = new List<double>[users];
            var wall = Stopwatch.StartNew();
            await RunUsersAsync(client, connector, serviceUrl, "run", dialogs, users, latencies);
            wall.Stop();
            process.Refresh();
            var turns = dialogs * Messages.Length;
            var all = latencies.SelectMany(l => l).Order().ToArray();
            Console.WriteLine($"{dialogs} dialogs, {turns} turns, {users} concurrent users, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
            Console.WriteLine($"CPU per turn (whole process): {(process.TotalProcessorTime - cpuBefore).TotalMicroseconds / turns:F0} µs");
            Console.WriteLine($"allocated per turn (whole process): {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / turns:F1} KB");
            Console.WriteLine($"gen0 collections per 1000 turns: {(GC.CollectionCount(0) - gcBefore) * 1000.0 / turns:F1}");
            Console.WriteLine($"GC pauses: {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds * 100 / wall.Elapsed.TotalMilliseconds:F1} % of the time");
            Console.WriteLine($"turns per second: {turns / wall.Elapsed.TotalSeconds:F0}");
            Console.WriteLine($"turn latency (POST answered and first reply in) p50 {all[all.Length / 2]:F2} ms, p99 {all[(int)(all.Length * 0.99)]:F2} ms");
            sampler?.Print(turns);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static Task RunUsersAsync(HttpClient client, FakeConnector connector, string serviceUrl, string prefix, int dialogs, int users, List<double>[]? latencies)
    {
        var next = 0;
        return Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            var mine = new List<double>();
            if (latencies is not null)
                latencies[user] = mine;
            int dialog;
            while ((dialog = Interlocked.Increment(ref next)) <= dialogs)
            {
                foreach (var (text, i) in Messages.Select((text, i) => (text, i)))
                {
                    var id = $"{prefix}-{dialog}-{i}";
                    var replied = connector.FirstReplyTo(id);
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.PostAsync("/api/messages", Activity(serviceUrl, $"{prefix}-{dialog}", user, id, text));
                    response.EnsureSuccessStatusCode();
                    // The POST is answered before the turn runs: a turn ends when its first reply reaches the Connector.
                    await replied.WaitAsync(TimeSpan.FromSeconds(10));
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        })));
    }

    private static StringContent Activity(string serviceUrl, string conversation, int user, string id, string text)
    {
        var now = DateTimeOffset.UtcNow.ToString("O");
        var json = $$"""
            {"type":"message","id":"{{id}}","timestamp":"{{now}}","localTimestamp":"{{now}}","channelId":"emulator",
             "serviceUrl":"{{serviceUrl}}","from":{"id":"user-{{user}}","name":"User {{user}}","role":"user"},
             "recipient":{"id":"bot-under-test","name":"Bot","role":"bot"},"conversation":{"id":"{{conversation}}"},
             "text":"{{text}}","textFormat":"plain","locale":"en-US"}
            """;
        return new StringContent(json, Encoding.UTF8, "application/json");
    }
}
