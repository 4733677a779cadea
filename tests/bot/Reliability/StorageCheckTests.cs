using System.Net;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Tests.Channels.DirectLine;
using RdpHelpBot.Bot.Tests.Cli;

namespace RdpHelpBot.Bot.Tests.Reliability;

/// <summary>A data file or folder the bot cannot use stops the start with one line; <c>/healthz</c> reports the store.</summary>
public sealed class StorageCheckTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private string Database => _folder.File("rdphelpbot.db");

    [Fact]
    public async Task Start_CorruptDatabase_StopsWithOneLineNamingTheFileAndLeavesItUnchanged()
    {
        WriteCorruptDatabase();
        var before = await File.ReadAllBytesAsync(Database, TestContext.Current.CancellationToken);

        await using var bot = BotProcess.Launch(_folder.Path);
        var exitCode = await bot.Process.WaitForExitAsync(TimeSpan.FromMinutes(1));

        var output = bot.Process.Output;
        Assert.Equal(1, exitCode);
        Assert.Single(output.Split('\n'), line => line.StartsWith($"The bot did not start: The data file '{Database}' cannot be used: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(Database, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Chat_CorruptDatabase_StopsWithOneLineNamingTheFile()
    {
        WriteCorruptDatabase();

        var (exitCode, _, error) = CommandLine.Run("chat", $"--Storage:DataFolder={_folder.Path}");

        Assert.Equal((1, true), (exitCode, error.StartsWith($"The bot did not start: The data file '{Database}' cannot be used: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Start_DataFolderUnderAFile_StopsWithOneLineNamingTheFolder()
    {
        await File.WriteAllTextAsync(_folder.File("plain-file"), "", TestContext.Current.CancellationToken);
        var dataFolder = Path.Combine(_folder.File("plain-file"), "data");

        var (exitCode, errors) = await RunAsync(dataFolder);

        Assert.Equal((1, true), (exitCode, errors.StartsWith($"The bot did not start: The data folder '{dataFolder}' cannot be made: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Start_FolderThatRefusesNewFiles_StopsWithOneLineNamingTheFile()
    {
        // chmod does not stop root (tests run as root in CI); /proc refuses new files to everyone.
        Assert.SkipUnless(OperatingSystem.IsLinux() && Directory.Exists("/proc/self"), "Needs Linux's /proc, a folder in which nobody may create a file.");

        var (exitCode, errors) = await RunAsync("/proc");

        Assert.Equal((1, true), (exitCode, errors.StartsWith("The bot did not start: The data file '/proc/rdphelpbot.db' cannot be written: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Healthz_StoreBrokenAfterStart_IsUnhealthy()
    {
        await using var server = await DirectLineServer.StartOnAsync(_folder.Path, withSecret: true);
        using (var healthy = await server.Http.GetAsync("/healthz", TestContext.Current.CancellationToken))
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);

        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_folder.Path, "rdphelpbot.db*"))
            File.Delete(file);
        Directory.CreateDirectory(Database);

        using var response = await server.Http.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"),
            (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static async Task<(int ExitCode, string Errors)> RunAsync(string dataFolder)
    {
        var errors = new StringWriter();
        // A bot that starts anyway is stopped after a while, so the test fails rather than hangs.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        var exitCode = await BotHost.RunAsync(["--urls=http://127.0.0.1:0", $"--Storage:DataFolder={dataFolder}"], errors, limit.Token);
        return (exitCode, errors.ToString());
    }

    /// <summary>A real database with rows on several pages, then one of its pages overwritten, as a failing disk leaves it.</summary>
    private void WriteCorruptDatabase()
    {
        using (var connection = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA page_size = 4096;
                CREATE TABLE conversation_state (key TEXT PRIMARY KEY, json TEXT NOT NULL, etag INTEGER NOT NULL, updated_at TEXT NOT NULL);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
                INSERT INTO conversation_state SELECT 'c' || i, printf('%.200c', 'x'), 1, '2026-01-01' FROM n;
                """;
            command.ExecuteNonQuery();
        }
        using var file = new FileStream(Database, FileMode.Open, FileAccess.Write);
        file.Position = 4096 * 3;
        file.Write(Enumerable.Repeat((byte)0xA5, 512).ToArray());
    }

    public void Dispose() => _folder.Dispose();
}
