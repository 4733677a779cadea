using System.Text.Json;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Cli;

public sealed class OutboxCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DataFolder => $"--Storage:DataFolder={_folder.Path}";

    private async Task AddDeadRowAsync()
    {
        var store = new SqliteOutboxStore(new SqliteDatabase(new StorageOptions { DataFolder = _folder.Path }.DatabasePath));
        var row = new OutboxMessage
        {
            Id = "msg_case1_case_resolved_1a2b3c4d",
            IdempotencyKey = "msg_case1_case_resolved",
            Kind = OutboxKinds.Webhook,
            Destination = "https://hooks.example.com/rdp?token=hidden",
            Payload = """{"type":"case.resolved","timestamp":"2025-11-03T09:00:00+00:00","data":{}}""",
            Created = DateTimeOffset.UtcNow,
            NextAttempt = DateTimeOffset.UtcNow,
        };
        await store.AddAsync([row], null, Ct);
        await store.UpdateAsync(row with { State = OutboxState.Dead, Attempts = 1, Reason = "HTTP 404" }, Ct);
    }

    [Fact]
    public async Task Outbox_Dead_ListsTheRowWithItsReasonButNotTheUrlsPathOrQuery()
    {
        await AddDeadRowAsync();

        var (exitCode, output, _) = CommandLine.Run("outbox", "--dead", DataFolder);

        Assert.Equal(0, exitCode);
        Assert.Contains("msg_case1_case_resolved_1a2b3c4d  webhook case.resolved to https://hooks.example.com, 1 attempt(s): HTTP 404", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_Retry_MakesTheDeadRowPendingAgain()
    {
        await AddDeadRowAsync();

        var retried = CommandLine.Run("outbox", "--retry", "msg_case1_case_resolved_1a2b3c4d", DataFolder);
        var (_, json, _) = CommandLine.Run("outbox", "--json", DataFolder);

        Assert.Equal(0, retried.ExitCode);
        var row = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(("Pending", 0), (row.GetProperty("state").GetString(), row.GetProperty("attempts").GetInt32()));
    }

    [Fact]
    public void Outbox_RetryUnknownId_FailsNamingIt()
    {
        var (exitCode, _, error) = CommandLine.Run("outbox", "--retry", "nope", DataFolder);

        Assert.Equal((1, true), (exitCode, error.Contains("'nope'", StringComparison.Ordinal)));
    }

    public void Dispose() => _folder.Dispose();
}
