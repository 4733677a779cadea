using System.Text.Json;
using System.Text.RegularExpressions;
using RdpHelpBot.Bot.Tests.Cli;
using RdpHelpBot.Bot.Tests.Outbox;
using RdpHelpBot.Bot.Tests.Outbox.Tickets;
using RdpHelpBot.Bot.Tests.Reliability;

namespace RdpHelpBot.Bot.Tests.Helpdesk;

/// <summary>
/// A case escalated in the terminal chat with a webhook receiver and ServiceNow configured, as an administrator would
/// try it: the host started afterwards sends one signed <c>case.escalated</c> and opens one incident; a second start
/// — and a kill in between — sends nothing twice.
/// </summary>
public sealed partial class EscalationFromChatTests : IDisposable
{
    private const string Conversation =
        "I get error 0x904 extended 0x7 connecting to my Azure VM since this morning\n4\nthat did not work\nI want to talk to a person\n";

    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EscalatedInChat_HostSendsOneSignedEventAndOneIncident_RestartSendsNothingTwice()
    {
        await using var receiver = await LocalWebhookReceiver.StartAsync();
        await using var serviceNow = await FakeServiceNow.StartAsync();
        string[] settings = [
            $"--Storage:DataFolder={_folder.Path}",
            $"--Webhooks:0:Url={receiver.Url}", $"--Webhooks:0:Secret={LocalWebhookReceiver.Secret}",
            $"--Escalation:ServiceNow:BaseUrl={serviceNow.BaseUrl}",
            $"--Escalation:ServiceNow:UserName={FakeServiceNow.UserName}", $"--Escalation:ServiceNow:Password={FakeServiceNow.Password}",
            "--Outbox:PollInterval=00:00:00.200", "--Outbox:FirstRetryDelay=00:00:00.500"];

        var chat = await ChatProcess.RunAsync(_folder.Path, Conversation, settings);
        Assert.True(chat.ExitCode == 0, chat.Error);
        var caseId = CaseReference().Match(chat.Output) is { Success: true } match
            ? match.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"The chat gave no case reference:\n{chat.Output}");

        // The first start is killed as soon as the event has arrived, whatever else is still waiting.
        await using (var bot = BotProcess.Launch(_folder.Path, settings))
        {
            await bot.UntilAsync(() => receiver.Accepted.Count > 0 && !serviceNow.Incidents.IsEmpty, "the event and the incident");
            await bot.Process.KillAsync();
        }
        await using (var restarted = BotProcess.Launch(_folder.Path, settings))
        {
            await restarted.UntilAsync(() => BotProcess.PendingOutboxRows(_folder.Path) == 0, "an empty outbox after the restart");
            // A few poll intervals more: a second delivery would show by now.
            await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        }

        var escalated = Assert.Single(receiver.Accepted, webhook => EventType(webhook) == "case.escalated");
        Assert.All(receiver.Received.Where(webhook => EventType(webhook) == "case.escalated"), webhook => Assert.Equal(escalated.Id, webhook.Id));
        var packet = JsonDocument.Parse(escalated.Body).RootElement.GetProperty("data").GetProperty("packet");
        Assert.Contains("0x904", packet.GetProperty("codes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("did not work", packet.GetProperty("fixes")[0].GetProperty("result").GetString());
        Assert.Contains(packet.GetProperty("transcript").EnumerateArray(),
            line => line.TryGetProperty("user", out var said) && said.GetString() == "that did not work");

        var incident = Assert.Single(serviceNow.Incidents);
        Assert.Equal(caseId, incident["correlation_id"]!.GetValue<string>());
        Assert.Contains("0x904", incident["short_description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string? EventType(ReceivedWebhook webhook) => JsonDocument.Parse(webhook.Body).RootElement.GetProperty("type").GetString();

    [GeneratedRegex("Your case reference is ([0-9a-f]{32})")]
    private static partial Regex CaseReference();

    public void Dispose() => _folder.Dispose();
}
