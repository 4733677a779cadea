using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Storage.Postgres;
using RdpHelpBot.Bot.Tests.Channels.DirectLine;
using RdpHelpBot.Bot.Tests.Checks.Probe.RealServers;
using RdpHelpBot.Bot.Tests.Reliability;
using static RdpHelpBot.Bot.Tests.Channels.DirectLine.DirectLineConversations;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>The bot run on PostgreSQL: two processes on one database carry on one conversation, and bad settings stop the start with one line.</summary>
public sealed class PostgresHostTests(PostgresServer server) : IAsyncDisposable
{
    private static readonly string[] Script = ["I get error 0x904 extended 0x7", "it is a Windows PC", "1"];

    private readonly PostgresTestDatabase _database = new(server);
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoProcessesOnOneDatabase_AConversationStartedOnOneContinuesOnTheOther()
    {
        string[] settings = ["--Storage:Provider=Postgres", $"--Storage:ConnectionString={_database.ConnectionString}"];
        await using var first = await BotProcess.StartAsync(_folder.File("first"), settings);
        using var toFirst = Client(first.BaseAddress);
        var alone = await StartConversationAsync(toFirst);
        foreach (var text in Script)
            await SayAsync(toFirst, alone, text);
        var expected = Turns(await GetActivitiesAsync(toFirst, alone)).Select(turn => turn.Replies);

        var shared = await StartConversationAsync(toFirst);
        await SayAsync(toFirst, shared, Script[0]);
        await using var second = await BotProcess.StartAsync(_folder.File("second"), settings);
        using var toSecond = Client(second.BaseAddress);
        foreach (var text in Script[1..])
            await SayAsync(toSecond, shared, text);

        Assert.Equal(expected, Turns(await GetActivitiesAsync(toSecond, shared)).Select(turn => turn.Replies));
    }

    [Fact]
    public async Task Start_PostgresWithoutAConnectionString_StopsWithOneLineNamingTheSetting()
    {
        var (exitCode, errors) = await RunAsync("--Storage:Provider=Postgres");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("The bot did not start: a setting is not valid. Storage:ConnectionString is required with Storage:Provider=Postgres", errors);
        Assert.Single(Lines(errors));
    }

    [Fact]
    public async Task Start_ConnectionStringThatDoesNotParse_StopsWithOneLineNamingTheSetting()
    {
        var (exitCode, errors) = await RunAsync("--Storage:Provider=Postgres", "--Storage:ConnectionString=Host=db;Colour=blue");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("The bot did not start: a setting is not valid. Storage:ConnectionString is not a valid PostgreSQL connection string", errors);
        Assert.Single(Lines(errors));
    }

    [Fact]
    public async Task Start_ServerThatDoesNotAnswer_StopsWithOneLineNamingItWithoutThePassword()
    {
        var port = PeerProcess.FreePort();

        var (exitCode, errors) = await RunAsync("--Storage:Provider=Postgres",
            $"--Storage:ConnectionString=Host=127.0.0.1;Port={port};Username=bot;Password=hunter2-secret;Timeout=5");

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"The bot did not start: PostgreSQL at 127.0.0.1:{port} did not answer (", errors);
        Assert.DoesNotContain("hunter2", errors);
        Assert.Single(Lines(errors));
    }

    [Fact]
    public void OutboxCommand_ServerThatDoesNotAnswer_SaysSoInOneLineWithoutThePassword()
    {
        var port = PeerProcess.FreePort();

        var (exitCode, _, errors) = Cli.CommandLine.Run("outbox", "--Storage:Provider=Postgres",
            $"--Storage:ConnectionString=Host=127.0.0.1;Port={port};Username=bot;Password=hunter2-secret;Timeout=5");

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"The storage cannot be used: PostgreSQL at 127.0.0.1:{port} did not answer (", errors);
        Assert.DoesNotContain("hunter2", errors);
        Assert.Single(Lines(errors));
    }

    [Fact]
    public async Task OutboxCommand_OnTheDatabase_ListsWhatWaitsThere()
    {
        var outbox = new PostgresOutboxStore(_database.Open());
        await outbox.AddAsync([new Dialogs.Outbox.OutboxMessage
        {
            Id = "row-1",
            IdempotencyKey = "msg_row-1",
            Kind = Dialogs.Outbox.OutboxKinds.Webhook,
            Destination = "https://hooks.example.com/rdp",
            Payload = """{"type":"case.resolved"}""",
            Created = DateTimeOffset.UtcNow,
            NextAttempt = DateTimeOffset.UtcNow.AddHours(1),
            State = Dialogs.Outbox.OutboxState.Pending,
        }], null, Ct);

        var (exitCode, output, _) = Cli.CommandLine.Run("outbox", "--Storage:Provider=Postgres", $"--Storage:ConnectionString={_database.ConnectionString}");

        Assert.Equal(0, exitCode);
        Assert.Contains("row-1", output);
    }

    [Fact]
    public async Task SlackTokens_EncryptedByOneInstance_AreReadByAnotherWithItsOwnDataFolder()
    {
        await using var first = Build(_folder.File("first"));
        await using var second = Build(_folder.File("second"));

        var secret = Protector(first).Protect("xoxb-installed-workspace-token");

        Assert.Equal("xoxb-installed-workspace-token", Protector(second).Unprotect(secret));
    }

    private WebApplication Build(string dataFolder) =>
        BotHost.Build(["--urls=http://127.0.0.1:0", "--Storage:Provider=Postgres", $"--Storage:ConnectionString={_database.ConnectionString}",
            $"--Storage:DataFolder={dataFolder}", .. Channels.Slack.SlackTestBot.HttpSettings], TextWriter.Null)!;

    private static IDataProtector Protector(WebApplication app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("slack-installation-test");

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<(int ExitCode, string Errors)> RunAsync(params string[] settings)
    {
        var errors = new StringWriter();
        // A bot that starts anyway is stopped after a while, so the test fails rather than hangs.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        var exitCode = await BotHost.RunAsync(["--urls=http://127.0.0.1:0", .. settings], errors, limit.Token);
        return (exitCode, errors.ToString());
    }

    /// <summary>Posts a message and waits until the bot has answered it.</summary>
    private static async Task SayAsync(HttpClient http, string conversationId, string text)
    {
        using var response = await http.PostAsJsonAsync($"/v3/directline/conversations/{conversationId}/activities",
            new { type = "message", from = new { id = "user-1" }, text }, Ct);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Turns(await GetActivitiesAsync(http, conversationId)).Any(turn => turn.Message == id && turn.Replies.Length > 0))
        {
            Assert.True(DateTime.UtcNow < deadline, $"'{text}' got no answer within 30 s.");
            await Task.Delay(100, Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        _folder.Dispose();
    }
}
