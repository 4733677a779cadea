using System.Net;
using System.Text;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Reliability;

/// <summary>
/// The bot killed (SIGKILL) after it acknowledged a Teams message and ran its turn, before the replies reached the
/// Connector: started again on the same data, it delivers them, once.
/// </summary>
public sealed class BotFrameworkCrashTests : IDisposable
{
    private const string Text = "I get error 0x904 extended 0x7 when connecting";

    private static readonly string[] Settings =
    [
        "--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1",
        "--Outbox:PollInterval=00:00:00.200",
    ];

    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KilledBeforeTheRepliesWent_AfterRestart_TheyAreDeliveredExactlyOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        connector.Hang(conversation);
        await using (var bot = await BotProcess.StartAsync(_folder.Path, Settings))
        {
            Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, connector, conversation));
            // The first reply is on its way, so the turn has committed; the Connector holds it unanswered.
            await bot.UntilAsync(() => connector.Hung.Any(call => call.Path.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal)), "the replies on their way");
            await bot.Process.KillAsync();
        }
        connector.Allow(conversation);

        await using var restarted = await BotProcess.StartAsync(_folder.Path, Settings);
        var uninterrupted = "a:" + Guid.NewGuid().ToString("N");
        await PostAsync(restarted, connector, uninterrupted);
        await restarted.UntilAsync(() => connector.CallsTo(conversation).Count > 0 && connector.CallsTo(uninterrupted).Count > 0, "the replies after the restart");
        // Several polls of the outbox worker, and time for a turn run again: nothing more may come.
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);

        Assert.Equal(Texts(connector, uninterrupted), Texts(connector, conversation));
    }

    private static async Task<HttpStatusCode> PostAsync(BotProcess bot, FakeConnector connector, string conversation)
    {
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        using var content = new StringContent(TestActivities.Message(conversation, connector.ServiceUrl, Text).ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content, Ct);
        return response.StatusCode;
    }

    /// <summary>What each activity sent to the conversation said (its text, else its card's summary).</summary>
    private static List<string> Texts(FakeConnector connector, string conversation) => [.. connector.CallsTo(conversation)
        .Select(call => call.Body!.Value)
        .Select(body => body.TryGetProperty("text", out var text) ? text.GetString()! : body.GetProperty("summary").GetString()!)];

    public void Dispose() => _folder.Dispose();
}
