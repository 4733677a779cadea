using RdpHelpBot.Bot.Storage.Sqlite;
using System.Text.Json;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Channels.BotFramework.Endpoint;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Bot.Channels.Inbound;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>A message the last run acknowledged but never ran is answered when the bot starts again.</summary>
public sealed class InboundReplayTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MessageKeptButNeverRun_IsAnsweredAtTheNextStart()
    {
        await using var connector = await FakeConnector.StartAsync();
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        await KeepAsync(TestActivities.Message(conversation, connector.ServiceUrl, "I get error 0x904 extended 0x7 when connecting"));

        await using var bot = await BotUnderTest.StartAsync(LocalModeFixture.Settings(_folder.Path));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (connector.CallsTo(conversation).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50, Ct);
        await bot.IdleAsync();

        Assert.Single(connector.CallsTo(conversation));
        Assert.Single(await bot.TranscriptAsync("msteams", conversation), line => line.Speaker == Dialogs.Turns.Transcripts.TranscriptSpeaker.User);
    }

    /// <summary>
    /// What <c>/api/messages</c> kept for the activity before a run that stopped before its turn; its claim has not run
    /// out, but the SQLite file is one process's, so the next start runs it at once.
    /// </summary>
    private async Task KeepAsync(JsonObject message)
    {
        var activity = JsonSerializer.Deserialize(message.ToJsonString(), BotFrameworkJsonContext.Default.Activity)!;
        var store = new SqliteInboundStore(new SqliteDatabase(new StorageOptions { DataFolder = _folder.Path }.DatabasePath));
        var accepted = await store.AcceptAsync(new InboundItem(InboundActivities.Channel, InboundActivities.Id(activity), $"msteams:{activity.Conversation!.Id}",
            JsonSerializer.Serialize(new QueuedActivity(activity, SignedByChannel: false), BotFrameworkJsonContext.Default.QueuedActivity),
            DateTimeOffset.UtcNow), new InboundClaim("the run that stopped", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1)), Ct);
        Assert.True(accepted);
    }

    public void Dispose() => _folder.Dispose();
}
