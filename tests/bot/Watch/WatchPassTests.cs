using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Storage.InMemory;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Watch;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Watch;

public sealed class WatchPassTests : IAsyncLifetime
{
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private readonly AuditWrites _audit = new();
    private FakeRdpServer _server = null!;
    private WebApplication _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        using var authority = TestCertificates.Authority("Contoso Test CA", _now.AddDays(-400), _now.AddDays(300));
        _server = FakeRdpServer.ServingTls(TestCertificates.IssuedBy(authority, "localhost", _now.AddDays(-360), _now.AddDays(5).AddHours(2)));
        _app = Build(_server.Port, _audit);
        await Task.CompletedTask;
    }

    private static WebApplication Build(int port, AuditWrites audit)
    {
        var builder = WebApplication.CreateSlimBuilder([
            "--Storage:Provider=InMemory",
            "--Checks:AllowedHosts:0=127.0.0.1",
            "--Checks:AllowedUsers:0=T1:U1",
            "--Checks:AllowLoopback=true",
            $"--Checks:AllowedPorts:0={port}",
            $"--Watch:Hosts:0:Host=127.0.0.1",
            $"--Watch:Hosts:0:Port={port}",
            "--Watch:Hosts:0:Owners:0=slack:T1:U1",
            "--Watch:Hosts:1:Host=rdp99.fabrikam.net",
        ]);
        builder.Logging.ClearProviders();
        builder.AddStorage();
        builder.Services.AddSingleton<ICheckAuditLog>(audit);
        builder.AddHostChecks();
        builder.AddOutbox();
        builder.AddCertificateWatch(scheduled: false);
        var app = builder.Build();
        BotServices.ValidateSettings(app.Services);
        return app;
    }

    [Fact]
    public async Task RunAsync_SubscribedOwner_GetsAMessageSayingTheDaysLeftAndWhatToDo()
    {
        await Pass().RunAsync(Ct);

        var message = OutgoingMessage.FromRow(Assert.Single(await Outbox(), row => row.Kind == OutboxKinds.Message))!;
        Assert.Equal(("slack", "T1:U1"), (message.To.ChannelId, message.To.UserId));
        var said = string.Join("\n", message.Replies[0].Card!.Blocks.OfType<Paragraph>().Select(paragraph => paragraph.Text));
        Assert.Contains("expires in 5 days", message.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Renew it with CN=Contoso Test CA", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HostNotOnTheAllowList_IsRefusedAndAuditedWithoutAProbe()
    {
        await Pass().RunAsync(Ct);

        var audited = await _app.Services.GetRequiredService<ICheckAuditLog>().ListAsync(_now.AddMinutes(-1), Ct);
        var refused = Assert.Single(audited, entry => !entry.Allowed);
        Assert.Equal(("rdp99.fabrikam.net", WatchPass.Requester, HostCheckRefusal.HostNotOnList), (refused.Host, refused.UserId, refused.Refusal));
    }

    [Fact]
    public async Task RunAsync_ProbedHost_IsAuditedAsTheWatchWithWhatItFound()
    {
        await Pass().RunAsync(Ct);

        var audited = await _app.Services.GetRequiredService<ICheckAuditLog>().ListAsync(_now.AddMinutes(-1), Ct);
        var allowed = Assert.Single(audited, entry => entry.Allowed);
        Assert.Equal(["check-cert-valid"], allowed.Findings!);
    }

    [Fact]
    public async Task RunAsync_ProbedHost_IsWrittenToTheAuditOnceWithWhatItFound()
    {
        await Pass().RunAsync(Ct);

        var written = Assert.Single(_audit.Written, entry => entry.Allowed);
        Assert.Equal(["check-cert-valid"], written.Findings!);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileTheHostIsProbed_StillAuditsTheCheck()
    {
        using var authority = TestCertificates.Authority("Contoso Test CA", _now.AddDays(-400), _now.AddDays(300));
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var slow = FakeRdpServer.ServingTls(TestCertificates.IssuedBy(authority, "localhost", _now.AddDays(-360), _now.AddDays(30)), async stopping =>
        {
            requested.TrySetResult();
            await Task.Delay(Timeout.Infinite, stopping);
        });
        var audit = new AuditWrites();
        await using var app = Build(slow.Port, audit);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var pass = app.Services.GetRequiredService<WatchPass>().RunAsync(stop.Token);
        await requested.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass);
        var written = Assert.Single(audit.Written, entry => entry.Allowed);
        Assert.Equal(("127.0.0.1", WatchPass.Requester, null), (written.Host, written.UserId, written.Findings));
    }

    [Fact]
    public async Task RunAsync_LeaseHeldByAnotherInstance_DoesNothing()
    {
        await _app.Services.GetRequiredService<IWatchStore>().TryAcquireLeaseAsync("other", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5), Ct);

        var result = await Pass().RunAsync(Ct);

        Assert.Null(result);
        Assert.Empty(await Outbox());
    }

    [Fact]
    public async Task RunAsync_Twice_QueuesTheWarningOnce()
    {
        await Pass().RunAsync(Ct);
        var second = await Pass().RunAsync(Ct);

        Assert.Empty(second!.QueuedRows);
        Assert.Single(await Outbox());
    }

    private WatchPass Pass() => _app.Services.GetRequiredService<WatchPass>();

    private Task<IReadOnlyList<OutboxMessage>> Outbox() => _app.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Pending, Ct);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _server.DisposeAsync();
    }
}

/// <summary>The check audit kept in memory, with every write as it was made.</summary>
internal sealed class AuditWrites : ICheckAuditLog
{
    private readonly InMemoryCheckAuditLog _log = new();
    private readonly ConcurrentQueue<CheckAuditEntry> _written = new();

    public IReadOnlyList<CheckAuditEntry> Written => [.. _written];

    public Task RecordAsync(CheckAuditEntry entry, CancellationToken cancellationToken)
    {
        _written.Enqueue(entry);
        return _log.RecordAsync(entry, cancellationToken);
    }

    public Task<IReadOnlyList<CheckAuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken) => _log.ListAsync(since, cancellationToken);
}

public sealed class WatchSettingsTests
{
    [Theory]
    [InlineData("Watch:Interval", "00:00:10")]
    [InlineData("Watch:Interval", "soon")]
    [InlineData("Watch:UnreachableAfter", "00:00:01")]
    [InlineData("Watch:Thresholds:0", "0")]
    [InlineData("Watch:LeaseDuration", "00:00:00")]
    [InlineData("Watch:Parallelism", "0")]
    [InlineData("Watch:Hosts:0:Host", "not a host!")]
    [InlineData("Watch:Hosts:0:Owners:0", "nobody")]
    public async Task RunAsync_BadWatchSetting_ExitsWithOneLineNamingIt(string setting, string value)
    {
        var errors = new StringWriter();
        string[] host = setting.StartsWith("Watch:Hosts:0:Owners", StringComparison.Ordinal) ? ["--Watch:Hosts:0:Host=rdp01.contoso.com"] : [];

        var exitCode = await BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", .. host, $"--{setting}={value}"], errors, TestContext.Current.CancellationToken);

        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal((1, true), (exitCode, line.StartsWith("The bot did not start: ", StringComparison.Ordinal)));
        Assert.Contains(setting.Replace(":0", "", StringComparison.Ordinal).Split(':')[^1], line, StringComparison.Ordinal);
    }
}
