using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Tests.Channels.Slack;

/// <summary>The real host started with one bad Slack setting: one line naming it, exit code 1, no stack trace.</summary>
public sealed class SlackStartupTests
{
    [Theory]
    [InlineData("Slack:MessageInterval", "soon")]
    [InlineData("Slack:MessageInterval", "00:05:00")]
    [InlineData("Slack:ReconnectDelay", "later")]
    [InlineData("Slack:MaxReconnectDelay", "00:00:00.001")]
    [InlineData("Slack:SocketIdleTimeout", "1.00:00:00")]
    [InlineData("Slack:MaxRateLimitedAttempts", "many")]
    [InlineData("Slack:MaxRateLimitedAttempts", "0")]
    [InlineData("Slack:ApiBaseUrl", "not-a-url")]
    [InlineData("Slack:ApiBaseUrl", "http://[bad")]
    [InlineData("Slack:AuthorizeUrl", "ftp://slack.com/oauth")]
    [InlineData("Slack:RedirectUri", "/slack/oauth_redirect")]
    [InlineData("Slack:Scopes", " ")]
    public async Task RunAsync_BadSlackSetting_ExitsWithOneLineNamingIt(string setting, string value)
    {
        var (exitCode, lines) = await RunAsync($"--{setting}={value}");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith("The bot did not start: ", line, StringComparison.Ordinal);
        Assert.Contains(setting, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MaxReconnectDelayBelowReconnectDelay_NamesBoth()
    {
        var (exitCode, lines) = await RunAsync("--Slack:ReconnectDelay=00:00:10", "--Slack:MaxReconnectDelay=00:00:05");

        Assert.Equal((1, true), (exitCode, Assert.Single(lines).Contains("Slack:MaxReconnectDelay must be at least Slack:ReconnectDelay", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_BadSlackSettingWithSlackOn_ExitsWithOneLineNamingIt()
    {
        var (exitCode, lines) = await RunAsync($"--SLACK_SIGNING_SECRET={SlackTestBot.SigningSecret}", "--Slack:MessageInterval=soon");

        Assert.Equal((1, true), (exitCode, Assert.Single(lines).Contains("Slack:MessageInterval", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Escalation:Slack:Channel", "--Escalation:Slack:Channel=#helpdesk")]
    [InlineData("Escalation:Slack:Channel", "--Escalation:Slack:Channel=T1:C9:1700000000.000100")]
    [InlineData("Escalation:Slack:Channel", "--Escalation:Slack:Channel=U12345")]
    [InlineData("Escalation:Slack:Team", "--Escalation:Slack:Channel=C9", "--Escalation:Slack:Team=acme")]
    [InlineData("Escalation:Slack:Team", "--Escalation:Slack:Channel=T1:C9", "--Escalation:Slack:Team=T2")]
    [InlineData("Escalation:Slack:Team", "--Escalation:Slack:Team=T1")]
    public async Task RunAsync_BadHelpdeskChannelSetting_ExitsWithOneLineNamingIt(string setting, params string[] settings)
    {
        var (exitCode, lines) = await RunAsync([$"--SLACK_SIGNING_SECRET={SlackTestBot.SigningSecret}", $"--SLACK_BOT_TOKEN={SlackTestBot.BotToken}", .. settings]);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith("The bot did not start: ", line, StringComparison.Ordinal);
        Assert.Contains(setting, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HelpdeskChannelWithSlackOff_SaysSlackIsOff()
    {
        var (exitCode, lines) = await RunAsync("--Escalation:Slack:Channel=T1:C9");

        Assert.Equal((1, true), (exitCode, Assert.Single(lines).Contains("Escalation:Slack:Channel is set but Slack is off", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_HelpdeskChannelWithoutWorkspaceOrBotToken_AsksForTheWorkspace()
    {
        var (exitCode, lines) = await RunAsync($"--SLACK_SIGNING_SECRET={SlackTestBot.SigningSecret}", "--Escalation:Slack:Channel=C9");

        Assert.Equal((1, true), (exitCode, Assert.Single(lines).Contains("write it as TEAM:CHANNEL or set Escalation:Slack:Team", StringComparison.Ordinal)));
    }

    private static async Task<(int ExitCode, string[] Lines)> RunAsync(params string[] settings)
    {
        var errors = new StringWriter();
        var exitCode = await BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", .. settings], errors, TestContext.Current.CancellationToken);
        return (exitCode, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
