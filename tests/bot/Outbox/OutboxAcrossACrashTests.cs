using System.Text.Json;
using RdpHelpBot.Bot.Tests.Cli;
using RdpHelpBot.Bot.Tests.Reliability;

namespace RdpHelpBot.Bot.Tests.Outbox;

/// <summary>
/// Real processes on one data folder: a case resolved in the terminal chat, the bot killed (SIGKILL) while the row
/// still waits, then started again: the receiver gets the event once, signed, under one <c>webhook-id</c>.
/// </summary>
public sealed class OutboxAcrossACrashTests : IDisposable
{
    private const string ResolvedCase = "My Azure VM stopped working this morning, nothing changed: error 0x904 extended 0x7\n1\n";
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResolvedInChat_BotKilledBeforeDelivery_DeliveredOnceAfterRestart()
    {
        await using var receiver = await LocalWebhookReceiver.StartAsync();
        receiver.DefaultStatus = 503;
        string[] settings = [
            $"--Storage:DataFolder={_folder.Path}", $"--Webhooks:0:Url={receiver.Url}", $"--Webhooks:0:Secret={LocalWebhookReceiver.Secret}",
            "--Outbox:PollInterval=00:00:00.200", "--Outbox:FirstRetryDelay=00:00:00.500"];

        var chat = await ChatProcess.RunAsync(_folder.Path, ResolvedCase, settings);
        Assert.True(chat.ExitCode == 0, chat.Error);
        Assert.Equal(1, BotProcess.PendingOutboxRows(_folder.Path));

        await using (var bot = BotProcess.Launch(_folder.Path, settings))
        {
            await bot.UntilAsync(() => !receiver.Received.IsEmpty, "the bot's first attempt");
            await bot.Process.KillAsync();
        }
        Assert.Empty(receiver.Accepted);
        Assert.Equal(1, BotProcess.PendingOutboxRows(_folder.Path));

        receiver.DefaultStatus = 200;
        await using var restarted = BotProcess.Launch(_folder.Path, settings);
        await restarted.UntilAsync(() => receiver.Accepted.Count > 0, "the delivery after the restart");
        // A few poll intervals more: a second delivery would show by now.
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);

        var accepted = Assert.Single(receiver.Accepted);
        Assert.Equal("case.resolved", JsonDocument.Parse(accepted.Body).RootElement.GetProperty("type").GetString());
        Assert.All(receiver.Received, request => Assert.Equal(accepted.Id, request.Id));
        Assert.Equal(0, BotProcess.PendingOutboxRows(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();
}
