using System.Diagnostics;
using Npgsql;
using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

[assembly: AssemblyFixture(typeof(RdpHelpBot.Bot.Tests.Storage.Postgres.PostgresServer))]

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// A real PostgreSQL server for the tests, each test given a database of its own: the server in
/// <c>RDPHELPBOT_TEST_POSTGRES</c> (a connection string whose user may CREATE DATABASE) when set; otherwise a throwaway
/// cluster (initdb, pg_ctl) in a temporary folder on a free loopback port, trusting 127.0.0.1 only, started at the
/// first test that asks and stopped after the last. With neither, a test skips and says why; in CI (CI=true) it fails.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Variable = "RDPHELPBOT_TEST_POSTGRES";

    private readonly Lock _gate = new();
    private string? _admin;
    private string? _cluster;
    private string? _runAs;

    /// <summary>A new, empty database; its connection string.</summary>
    public string CreateDatabase()
    {
        var admin = Admin();
        var name = $"rdphelpbot_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops a database <see cref="CreateDatabase"/> made, closing whatever still uses it.</summary>
    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private string Admin()
    {
        lock (_gate)
            return _admin ??= Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : StartCluster();
    }

    private string StartCluster()
    {
        var initdb = Find("initdb");
        var pgCtl = Find("pg_ctl");
        if (initdb is null || pgCtl is null)
        {
            var message = $"No PostgreSQL for the storage tests: set {Variable} to a connection string of a server where the user may CREATE DATABASE, " +
                "or install the server binaries (initdb, pg_ctl on PATH; Debian package postgresql).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"{message} CI=true requires the real test peers.");
            Assert.Skip(message);
        }
        var folder = Path.Combine(Path.GetTempPath(), $"rdphelpbot-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // initdb refuses to run as root: the cluster belongs to an unprivileged user.
        if (Environment.UserName == "root")
        {
            _runAs = UserExists("postgres") ? "postgres" : "nobody";
            Run("chown", [_runAs, folder]);
        }
        _cluster = folder;
        var data = Path.Combine(folder, "data");
        var port = PeerProcess.FreePort();
        Run(initdb, ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
        File.WriteAllText(Path.Combine(data, "pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        Run(pgCtl, ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c max_connections=300", "start"]);
        return new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres" }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is null)
            return;
        await Task.Run(() => Run(Find("pg_ctl")!, ["-D", Path.Combine(_cluster, "data"), "-m", "immediate", "-w", "stop"]));
        Directory.Delete(_cluster, recursive: true);
    }

    private void Run(string executable, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(_runAs is null || executable == "chown" ? executable : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_runAs is not null && executable != "chown")
        {
            foreach (var argument in (string[])["-u", _runAs, "--", executable])
                start.ArgumentList.Add(argument);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} exited with {process.ExitCode}: {output.Result}{errors.Result}");
    }

    private static bool UserExists(string name) => File.ReadLines("/etc/passwd").Any(line => line.StartsWith(name + ":", StringComparison.Ordinal));

    private static string? Find(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/lib/postgresql/15/bin")
            .Select(folder => Path.Combine(folder, executable))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// A test's own database on the <see cref="PostgresServer"/>, created at first use: each <see cref="Open"/> is a new
/// <see cref="PostgresDatabase"/> on it (one per bot instance, or per restart), all disposed and the database dropped afterwards.
/// </summary>
internal sealed class PostgresTestDatabase(PostgresServer server) : IAsyncDisposable
{
    private readonly List<PostgresDatabase> _opened = [];
    private string? _connectionString;

    public string ConnectionString => _connectionString ??= server.CreateDatabase();

    public PostgresDatabase Open()
    {
        var database = new PostgresDatabase(ConnectionString);
        _opened.Add(database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
            await database.DisposeAsync();
        if (_connectionString is not null)
            server.DropDatabase(_connectionString);
    }
}
