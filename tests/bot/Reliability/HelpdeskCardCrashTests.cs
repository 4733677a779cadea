using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Tests.Reliability;

/// <summary>
/// The bot killed (SIGKILL) after a Teams user's escalation turn committed and before its card reached the helpdesk
/// channel: started again on the same data, it posts the card once, and the user hears about the hand-over once.
/// </summary>
public sealed class HelpdeskCardCrashTests : IDisposable
{
    private const string TeamName = "IT Helpdesk";
    private const string HandOver = "my azure vm gives 0x904, I need to talk to someone from the helpdesk";

    private static readonly string[] Settings =
    [
        "--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1",
        "--Outbox:PollInterval=00:00:00.200",
        $"--Escalation:Teams:Team={TeamName}",
    ];

    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KilledBeforeTheCardWent_AfterRestart_TheHelpdeskGetsItOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var team = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var chat = "a:" + Guid.NewGuid().ToString("N");
        connector.Hang(team);
        await using (var bot = await BotProcess.StartAsync(_folder.Path, Settings))
        {
            Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, TestActivities.AddedToTeam(team, TeamName, connector.ServiceUrl)));
            Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, TestActivities.Message(chat, connector.ServiceUrl, HandOver)));
            // The card is on its way, so the escalation turn has committed; the Connector holds it unanswered.
            await bot.UntilAsync(() => connector.Hung.Any(call => call.Path.Contains(Uri.EscapeDataString(team), StringComparison.Ordinal)), "the card on its way");
            await bot.Process.KillAsync();
        }
        Assert.Empty(Cards(connector, team));
        connector.Allow(team);

        await using (var restarted = await BotProcess.StartAsync(_folder.Path, Settings))
        {
            await restarted.UntilAsync(() => Cards(connector, team).Count > 0, "the card after the restart");
            // Several polls of the outbox worker: a second card would show by now.
            await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        }

        Assert.Single(Cards(connector, team));
        Assert.Single(connector.CallsTo(chat), call => call.Body is { } body && body.TryGetProperty("text", out var text) && text.GetString()!.Contains("pass on to the helpdesk", StringComparison.Ordinal));
    }

    private static List<ConnectorCall> Cards(FakeConnector connector, string team) => [.. connector.CallsTo(team)
        .Where(call => call.Method == "POST" && call.Body is { } body && body.ToString().Contains(HelpdeskActions.Claim, StringComparison.Ordinal))];

    private static async Task<HttpStatusCode> PostAsync(BotProcess bot, JsonObject activity)
    {
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content, Ct);
        return response.StatusCode;
    }

    public void Dispose() => _folder.Dispose();
}
