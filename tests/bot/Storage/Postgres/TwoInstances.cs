using System.Globalization;
using Npgsql;
using RdpHelpBot.Bot.Tests.Reliability;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// Two bot processes on one PostgreSQL database, each with a data folder of its own, as two instances behind a load
/// balancer run: every process is given <c>Storage:Provider=Postgres</c> and the same connection string.
/// </summary>
internal sealed class TwoInstances(PostgresServer server) : IAsyncDisposable
{
    /// <summary>The tests' collection: one pair of bot processes at a time, so that starting them is not a race with the others.</summary>
    public const string Collection = "Two instances on PostgreSQL";

    private readonly PostgresTestDatabase _database = new(server);
    private readonly TemporaryFolder _folder = new();
    private readonly List<BotProcess> _started = [];

    public PostgresTestDatabase Database => _database;

    /// <summary>Starts two instances at once with the same settings; waits until both listen.</summary>
    public async Task<(BotProcess A, BotProcess B)> StartAsync(params string[] settings)
    {
        var a = Launch("a", settings);
        var b = Launch("b", settings);
        await Task.WhenAll(ListeningAsync(a), ListeningAsync(b));
        return (a, b);
    }

    /// <summary>Starts one instance, named <paramref name="name"/> for its data folder; waits until it listens.</summary>
    public async Task<BotProcess> StartOneAsync(string name, params string[] settings)
    {
        var bot = Launch(name, settings);
        await ListeningAsync(bot);
        return bot;
    }

    /// <summary>The started instance whose process owns the TCP connection from local port <paramref name="port"/>.</summary>
    public BotProcess OwnerOfConnectionFrom(int port)
    {
        var inodes = File.ReadLines("/proc/net/tcp").Skip(1).Concat(File.ReadLines("/proc/net/tcp6").Skip(1))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 9 && int.Parse(fields[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
            .Select(fields => $"socket:[{fields[9]}]")
            .ToHashSet(StringComparer.Ordinal);
        return _started.Single(bot => Directory.EnumerateFiles($"/proc/{bot.Process.Id}/fd")
            .Any(fd => new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target)));
    }

    /// <summary>The started instance holding the named lease now, read from the <c>leases</c> table; null when none holds it.</summary>
    public async Task<BotProcess?> LeaseHolderAsync(string lease)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT holder FROM leases WHERE name = @name AND expires > now()", connection);
        command.Parameters.AddWithValue("name", lease);
        // The holder is written as MACHINE/PID/GUID.
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken) is string holder
            ? _started.SingleOrDefault(bot => holder.Split('/')[^2] == bot.Process.Id.ToString(CultureInfo.InvariantCulture))
            : null;
    }

    private BotProcess Launch(string name, string[] settings)
    {
        var bot = BotProcess.Launch(_folder.File(name),
            ["--Storage:Provider=Postgres", $"--Storage:ConnectionString={_database.ConnectionString}", .. settings]);
        _started.Add(bot);
        return bot;
    }

    private static Task ListeningAsync(BotProcess bot) => bot.Process.WaitForPortAsync(bot.BaseAddress.Port, () => "");

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in _started)
            await bot.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Dispose();
    }
}
