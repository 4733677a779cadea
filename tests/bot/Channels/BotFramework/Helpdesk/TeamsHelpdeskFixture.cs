using System.Text.Json;
using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Channels.Slack;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Helpdesk;

/// <summary>
/// A bot with an app id whose helpdesk is the General channel of the Teams team "IT Helpdesk", a local Connector and
/// the keys Teams signs with; bots with other helpdesk settings are started on the same fakes.
/// </summary>
public sealed class TeamsHelpdeskFixture : IAsyncLifetime
{
    public const string TeamName = "IT Helpdesk";

    internal SigningKey TeamsKey { get; } = new("teams-key", ["msteams", "skype"]);
    internal OpenIdMetadataServer Metadata { get; private set; } = null!;
    internal FakeConnector Connector { get; private set; } = null!;
    internal BotUnderTest Bot { get; private set; } = null!;
    internal TestLogs Logs { get; } = new();

    public async ValueTask InitializeAsync()
    {
        Metadata = await OpenIdMetadataServer.StartAsync([TeamsKey], []);
        Connector = await FakeConnector.StartAsync();
        Bot = await StartBotAsync(Logs, $"--Escalation:Teams:Team={TeamName}");
    }

    /// <summary>Another bot on the same fakes, with these settings; the caller disposes it.</summary>
    internal Task<BotUnderTest> StartBotAsync(TestLogs logs, params string[] settings) =>
        BotUnderTest.StartAsync([.. ChannelAuthenticationFixture.Settings(Metadata, Connector), .. settings], login: Connector.Address, logs: logs);

    /// <summary>A new team's id, as Teams writes a team (and its General channel) id.</summary>
    internal static string NewTeamId() => $"19:{Guid.NewGuid():N}@thread.tacv2";

    /// <summary>Posts the activity as Teams would, signed; waits for its turn; answers the status and body.</summary>
    internal async Task<(System.Net.HttpStatusCode Status, JsonElement Body)> PostAsync(BotUnderTest bot, JsonObject activity)
    {
        var token = ChannelTokens.Create(ChannelTokens.Descriptor(ChannelAuthenticationFixture.AppId, Connector.ServiceUrl, TeamsKey));
        using var response = await bot.PostAsync(activity.ToJsonString(), token);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Metadata.DisposeAsync();
        TeamsKey.Dispose();
    }
}
