using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>The database's start: its schema made and migrated once however many instances start, and the checks that stop a start with one line.</summary>
public sealed class PostgresDatabaseTests(PostgresServer server) : IAsyncDisposable
{
    private readonly PostgresTestDatabase _database = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckAsync_InstancesStartingTogetherOnAnEmptyDatabase_AllStartAndTheSchemaIsMadeOnce()
    {
        var instances = Enumerable.Range(0, 5).Select(_ => _database.Open()).ToList();

        await Task.WhenAll(instances.Select(database => database.CheckAsync(Ct)));

        Assert.Equal(Enumerable.Range(1, PostgresSchema.Version), await VersionsAsync());
    }

    [Fact]
    public async Task CheckAsync_AfterARestart_KeepsWhatWasWritten()
    {
        await new PostgresStateStore(_database.Open(), TimeProvider.System).WriteAsync("c1", "kept", null, Ct);

        var restarted = _database.Open();
        await restarted.CheckAsync(Ct);

        Assert.Equal("kept", (await new PostgresStateStore(restarted, TimeProvider.System).ReadAsync("c1", Ct))!.Json);
        Assert.Equal(Enumerable.Range(1, PostgresSchema.Version), await VersionsAsync());
    }

    [Fact]
    public async Task CheckAsync_SchemaNewerThanTheBuild_StopsTheStartNamingBothVersions()
    {
        await _database.Open().CheckAsync(Ct);
        await ExecuteAsync($"INSERT INTO schema_version (version) VALUES ({PostgresSchema.Version + 1})");

        var problem = await Assert.ThrowsAsync<StartupProblemException>(() => _database.Open().CheckAsync(Ct));

        Assert.Equal(
            $"The bot did not start: the PostgreSQL database at {new NpgsqlConnectionStringBuilder(_database.ConnectionString).Host}:" +
            $"{new NpgsqlConnectionStringBuilder(_database.ConnectionString).Port} has schema version {PostgresSchema.Version + 1}, newer than this build knows " +
            $"({PostgresSchema.Version}). Run the newer build, or point Storage:ConnectionString at another database.",
            problem.Line);
    }

    [Fact]
    public async Task CheckAsync_NoServerAtTheAddress_SaysWhereInOneLineWithoutThePassword()
    {
        var port = PeerProcess.FreePort();
        await using var database = new PostgresDatabase($"Host=127.0.0.1;Port={port};Username=bot;Password=s3cret-Passw0rd;Timeout=5");

        var problem = await Assert.ThrowsAsync<StartupProblemException>(() => database.CheckAsync(Ct));

        Assert.StartsWith($"The bot did not start: PostgreSQL at 127.0.0.1:{port} did not answer (", problem.Line);
        Assert.DoesNotContain("s3cret", problem.Line);
        Assert.DoesNotContain('\n', problem.Line);
    }

    [Fact]
    public void KeyRing_TwoInstancesOnTheDatabase_ReadWhatTheOtherEncrypted()
    {
        var first = Protector(_database.Open());
        var second = Protector(_database.Open());

        var secret = first.Protect("xoxb-slack-bot-token");

        Assert.Equal("xoxb-slack-bot-token", second.Unprotect(secret));
    }

    private static IDataProtector Protector(PostgresDatabase database)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("RdpHelpBot");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new PostgresKeyRing(database));
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
    }

    private async Task<List<int>> VersionsAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var versions = new List<int>();
        while (await reader.ReadAsync(Ct))
            versions.Add(reader.GetInt32(0));
        return versions;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
