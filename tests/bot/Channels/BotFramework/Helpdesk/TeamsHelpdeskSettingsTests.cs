using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Helpdesk;

/// <summary>The real host started with a bad <c>Escalation:Teams</c> setting: one line naming it, exit code 1.</summary>
public sealed class TeamsHelpdeskSettingsTests
{
    [Theory]
    [InlineData("Escalation:Teams:Team", "--Escalation:Teams:Channel=Escalations")]
    [InlineData("Escalation:Teams:Team", "--Escalation:Teams:Team=19:abc@thread.v2")]
    [InlineData("Escalation:Teams:Team", "--Escalation:Teams:Team=19:abc@thread.tacv2;messageid=17")]
    [InlineData("Escalation:Teams:Channel", "--Escalation:Teams:Team=IT Helpdesk", "--Escalation:Teams:Channel=19:abc@unq.gbl.spaces")]
    [InlineData("Escalation:Teams:Team", "--Escalation:Teams:Team=IT Helpdesk", "--BotFramework:Enabled=false")]
    public async Task RunAsync_BadTeamsHelpdeskSetting_ExitsWithOneLineNamingIt(string setting, params string[] settings)
    {
        var errors = new StringWriter();

        var exitCode = await BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", .. settings], errors, TestContext.Current.CancellationToken);

        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal((1, true, true), (exitCode, line.StartsWith("The bot did not start: ", StringComparison.Ordinal), line.Contains(setting, StringComparison.Ordinal)));
    }
}
