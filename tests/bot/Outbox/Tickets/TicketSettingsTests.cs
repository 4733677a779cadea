using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Tests.Outbox.Tickets;

/// <summary>A ticket system's bad setting stops the bot at start with one line naming it, and never shows a secret.</summary>
public sealed class TicketSettingsTests
{
    private const string SnPassword = "Sn-Pa55word!";

    [Theory]
    [InlineData("Escalation:ServiceNow:BaseUrl", "--Escalation:ServiceNow:BaseUrl=http://contoso.service-now.com", "--Escalation:ServiceNow:UserName=svc", $"--Escalation:ServiceNow:Password={SnPassword}")]
    [InlineData("Escalation:ServiceNow:BaseUrl", "--Escalation:ServiceNow:UserName=svc", $"--Escalation:ServiceNow:Password={SnPassword}")]
    [InlineData("Escalation:ServiceNow:Password", "--Escalation:ServiceNow:BaseUrl=https://contoso.service-now.com", "--Escalation:ServiceNow:UserName=svc")]
    [InlineData("Escalation:ServiceNow:Urgency", "--Escalation:ServiceNow:BaseUrl=https://contoso.service-now.com", "--Escalation:ServiceNow:UserName=svc", $"--Escalation:ServiceNow:Password={SnPassword}", "--Escalation:ServiceNow:Urgency=5")]
    [InlineData("Escalation:ServiceNow:Impact", "--Escalation:ServiceNow:BaseUrl=https://contoso.service-now.com", "--Escalation:ServiceNow:ClientId=abc", $"--Escalation:ServiceNow:ClientSecret={SnPassword}", "--Escalation:ServiceNow:Impact=high")]
    [InlineData("Escalation:Jira:ServiceDeskId", "--Escalation:Jira:BaseUrl=https://contoso.atlassian.net", "--Escalation:Jira:Email=bot@contoso.com", $"--Escalation:Jira:ApiToken={SnPassword}", "--Escalation:Jira:ServiceDeskId=helpdesk", "--Escalation:Jira:RequestTypeId=17")]
    [InlineData("Escalation:Jira:ApiToken", "--Escalation:Jira:BaseUrl=https://contoso.atlassian.net", "--Escalation:Jira:Email=bot@contoso.com", "--Escalation:Jira:ServiceDeskId=4", "--Escalation:Jira:RequestTypeId=17")]
    public async Task RunAsync_BadTicketSetting_ExitsWithOneLineNamingItAndNoSecret(string setting, params string[] settings)
    {
        var errors = new StringWriter();

        var exitCode = await BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", .. settings], errors, TestContext.Current.CancellationToken);

        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal((1, true, true), (exitCode, line.StartsWith("The bot did not start: ", StringComparison.Ordinal), line.Contains(setting, StringComparison.Ordinal)));
        Assert.DoesNotContain(SnPassword, line, StringComparison.Ordinal);
    }
}
