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

    private static async Task<(int ExitCode, string[] Lines)> RunAsync(params string[] settings)
    {
        var errors = new StringWriter();
        var exitCode = await BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", .. settings], errors, TestContext.Current.CancellationToken);
        return (exitCode, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
