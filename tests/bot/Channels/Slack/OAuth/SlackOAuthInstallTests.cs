using System.Net;
using Microsoft.Data.Sqlite;
using RdpHelpBot.Bot.Channels.Slack;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.OAuth;

/// <summary>The OAuth v2 install flow against a fake oauth.v2.access: tokens stored encrypted and used per team.</summary>
public sealed class SlackOAuthInstallTests
{
    private const string Code = "install-code-t2";
    private const string TeamTwoToken = "xoxb-team-two-secret-token";

    [Fact]
    public async Task Install_SendsTheBrowserToSlackWithClientIdScopesRedirectAndState()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackInstallFlow.Settings(slack));
        using var flow = new SlackInstallFlow(bot);

        var (location, query, cookie) = await flow.StartAsync();

        Assert.StartsWith($"{slack.Root}oauth/v2/authorize?", location.ToString(), StringComparison.Ordinal);
        Assert.Equal((SlackInstallFlow.ClientId, SlackOptions.DefaultScopes), (query["client_id"], query["scope"]));
        Assert.Equal(new Uri(bot.Http.BaseAddress!, "slack/oauth_redirect"), new Uri(query["redirect_uri"]));
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.NotNull(cookie);
    }

    [Fact]
    public async Task Redirect_WithTheBrowsersState_InstallsAndSaysWhere()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        GrantTeamTwo(slack);
        await using var bot = await SlackTestBot.StartAsync(slack, SlackInstallFlow.Settings(slack));
        using var flow = new SlackInstallFlow(bot);

        using var response = await flow.InstallAsync(Code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Team Two", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var exchange = Assert.Single(slack.CallsTo("oauth.v2.access"));
        Assert.Equal((SlackInstallFlow.ClientId, SlackInstallFlow.ClientSecret, Code), ((string?)exchange.Arguments["client_id"], (string?)exchange.Arguments["client_secret"], (string?)exchange.Arguments["code"]));
    }

    [Fact]
    public async Task Redirect_Installed_StoresTheTokenOnlyEncrypted()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        GrantTeamTwo(slack);
        await using var bot = await SlackTestBot.StartAsync(slack, SlackInstallFlow.Settings(slack));
        using var flow = new SlackInstallFlow(bot);

        await flow.InstallAsync(Code);

        var stored = await ReadInstallationRowAsync(bot, "T2");
        Assert.Contains("\"bot_user_id\":\"UBOT2\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(TeamTwoToken, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_Installed_KeepsTheKeyRingInTheDataFolder()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        GrantTeamTwo(slack);
        await using var bot = await SlackTestBot.StartAsync(slack, SlackInstallFlow.Settings(slack));
        using var flow = new SlackInstallFlow(bot);

        await flow.InstallAsync(Code);

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(bot.DataFolder, SlackChannel.KeyRingFolder), "key-*.xml"));
    }

    [Fact]
    public async Task Event_FromTheInstalledTeam_IsAnsweredWithThatTeamsToken()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        GrantTeamTwo(slack);
        await using var bot = await SlackTestBot.StartAsync(slack, SlackInstallFlow.Settings(slack));
        using var flow = new SlackInstallFlow(bot);
        await flow.InstallAsync(Code);

        await bot.PostEventAsync(SlackPayloads.AppMention("Ev2", "1700000002.000100", "hi", team: "T2").ToJsonString());
        await bot.PostEventAsync(SlackPayloads.AppMention("Ev1", "1700000001.000100", "hi", team: "T1").ToJsonString());

        var teamTwo = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == "1700000002.000100");
        var teamOne = await slack.WaitForCallAsync(call => call.Method == "chat.postMessage" && call.ThreadTs == "1700000001.000100");
        Assert.Equal((TeamTwoToken, SlackTestBot.BotToken), (teamTwo.Token, teamOne.Token));
    }

    [Fact]
    public async Task Redirect_WithoutTheBrowsersCookie_IsRefusedWithoutAskingSlack()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        GrantTeamTwo(slack);
        await using var bot = await SlackTestBot.StartAsync(slack, SlackInstallFlow.Settings(slack));
        using var flow = new SlackInstallFlow(bot);
        var (_, query, _) = await flow.StartAsync();

        using var response = await flow.ReturnAsync(Code, query["state"], cookie: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task Redirect_WithAnotherInstallsState_IsRefused()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        GrantTeamTwo(slack);
        await using var bot = await SlackTestBot.StartAsync(slack, SlackInstallFlow.Settings(slack));
        using var flow = new SlackInstallFlow(bot);
        var (_, mine, _) = await flow.StartAsync();
        var (_, _, theirCookie) = await flow.StartAsync();

        using var response = await flow.ReturnAsync(Code, mine["state"], theirCookie);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task Redirect_ForgedState_IsRefused()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackInstallFlow.Settings(slack));
        using var flow = new SlackInstallFlow(bot);
        var (_, _, cookie) = await flow.StartAsync();

        using var response = await flow.ReturnAsync(Code, cookie!.Split('=', 2)[1], cookie);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Redirect_SlackRefusesTheCode_SaysSlacksError()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackInstallFlow.Settings(slack));
        using var flow = new SlackInstallFlow(bot);

        using var response = await flow.InstallAsync("unknown-code");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_code", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_NoClientIdOrSecret_Returns404()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackTestBot.StartAsync(slack, SlackTestBot.HttpSettings);

        using var response = await bot.Http.GetAsync("slack/install", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void GrantTeamTwo(FakeSlackApi slack) => slack.InstallCodes[Code] = ("T2", "Team Two", TeamTwoToken, "UBOT2");

    private static async Task<string> ReadInstallationRowAsync(SlackTestBot bot, string teamId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(bot.DataFolder, "rdphelpbot.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM slack_installation WHERE id = $id";
        command.Parameters.AddWithValue("$id", teamId);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
