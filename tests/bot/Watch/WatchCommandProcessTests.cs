using System.Text.Json;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Tests.Cli;
using RdpHelpBot.Bot.Tests.Outbox;

namespace RdpHelpBot.Bot.Tests.Watch;

/// <summary>
/// The watch as an operator runs it from a shell or cron: two RDP listeners on this machine, one serving a CA-issued
/// certificate with 5 days left, one an expired self-signed one; the bot's own process adds them, runs passes and lists them.
/// </summary>
public sealed class WatchCommandProcessTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private LocalWebhookReceiver _receiver = null!;
    private FakeRdpServer _issued = null!;
    private FakeRdpServer _selfSigned = null!;

    public async ValueTask InitializeAsync()
    {
        _receiver = await LocalWebhookReceiver.StartAsync();
        using var authority = TestCertificates.Authority("Contoso Test CA", _now.AddDays(-400), _now.AddDays(300));
        _issued = FakeRdpServer.ServingTls(TestCertificates.IssuedBy(authority, "localhost", _now.AddDays(-360), _now.AddDays(5).AddHours(2)));
        _selfSigned = FakeRdpServer.ServingTls(TestCertificates.SelfSigned("localhost", _now.AddDays(-180), _now.AddDays(-2), likeWindowsRdp: true));
    }

    [Fact]
    public async Task WatchRun_TwoListeners_SendsOneSignedWarningEachOnceAndListsBoth()
    {
        Assert.Equal(0, (await WatchAsync("add", $"127.0.0.1:{_issued.Port}")).ExitCode);
        Assert.Equal(0, (await WatchAsync("add", $"127.0.0.1:{_selfSigned.Port}")).ExitCode);

        var first = await WatchAsync("run");
        var afterFirst = _receiver.Received.ToList();
        var second = await WatchAsync("run");
        var list = await WatchAsync("list", "--json");

        Assert.Equal((0, 0, 0), (first.ExitCode, second.ExitCode, list.ExitCode));
        Assert.All(afterFirst, webhook => Assert.True(webhook.Verified && webhook.Status == 200));
        Assert.Equal(
            [("certificate.expired", _selfSigned.Port, true, -2), ("certificate.expiring", _issued.Port, false, 5)],
            afterFirst.Select(Summary).Order());
        Assert.Equal(afterFirst.Count, _receiver.Received.Count);
        using var listed = JsonDocument.Parse(list.Output);
        Assert.Equal(
            new[] { _issued.Port, _selfSigned.Port }.Order(),
            listed.RootElement.EnumerateArray().Select(host => host.GetProperty("port").GetInt32()).Order());
    }

    private static (string, int, bool, int) Summary(ReceivedWebhook webhook)
    {
        using var body = JsonDocument.Parse(webhook.Body);
        var data = body.RootElement.GetProperty("data");
        return (body.RootElement.GetProperty("type").GetString()!, data.GetProperty("port").GetInt32(),
            data.GetProperty("selfSigned").GetBoolean(), data.GetProperty("daysLeft").GetInt32());
    }

    private Task<(int ExitCode, string Output, string Error)> WatchAsync(params string[] args) =>
        ChatProcess.RunCommandAsync(_folder.Path, "", [
            "watch", .. args,
            $"--Storage:DataFolder={_folder.File("data")}",
            "--Checks:AllowedHosts:0=127.0.0.1",
            "--Checks:AllowLoopback=true",
            $"--Checks:AllowedPorts:0={_issued.Port}",
            $"--Checks:AllowedPorts:1={_selfSigned.Port}",
            $"--Webhooks:0:Url={_receiver.Url}",
            $"--Webhooks:0:Secret={LocalWebhookReceiver.Secret}",
        ]);

    public async ValueTask DisposeAsync()
    {
        await _issued.DisposeAsync();
        await _selfSigned.DisposeAsync();
        await _receiver.DisposeAsync();
        _folder.Dispose();
    }
}
