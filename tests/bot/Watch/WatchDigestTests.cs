using System.Globalization;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

/// <summary>
/// Quiet hours and the digest through the pass, the outbox and Slack, read in <c>Watch:TimeZone</c> (India: UTC+05:30,
/// so an hour read as UTC would be wrong): many warnings that can wait reach the person as one message at the digest
/// time; an urgent one comes at once, even in quiet hours.
/// </summary>
public sealed class WatchDigestTests : IAsyncLifetime
{
    private const string Zone = "Asia/Kolkata";
    private static readonly int[] CanWait = [20, 12, 25];

    private readonly List<FakeRdpServer> _listeners = [];
    private DateTimeOffset _start;
    private WatchChatBot _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _start = DateTimeOffset.UtcNow;
        var local = TimeZoneInfo.ConvertTime(_start, WatchSchedule.FindZone(Zone)!);
        using var authority = TestCertificates.Authority("Contoso Test CA", _start.AddDays(-400), _start.AddDays(400));
        List<string> settings =
        [
            $"--Watch:TimeZone={Zone}",
            // Quiet from an hour ago to an hour from now, and the digest three hours from now, on the person's clock.
            $"--Watch:QuietHours={local.AddHours(-1):HH\\:mm}-{local.AddHours(1):HH\\:mm}",
            $"--Watch:DigestTime={local.AddHours(3):HH\\:mm}",
            "--Watch:DigestAbove=2",
        ];
        for (var i = 0; i < CanWait.Length; i++)
        {
            var listener = FakeRdpServer.ServingTls(TestCertificates.IssuedBy(authority, "localhost", _start.AddDays(-300), _start.AddDays(CanWait[i]).AddHours(2)));
            _listeners.Add(listener);
            settings.AddRange([
                $"--Checks:AllowedPorts:{i + 1}={listener.Port}",
                $"--Watch:Hosts:{i}:Host=127.0.0.1",
                $"--Watch:Hosts:{i}:Port={listener.Port}",
                $"--Watch:Hosts:{i}:Owners:0=slack:{WatchChatBot.Person}",
            ]);
        }
        // The bot's own listener is the urgent one, 2 days from expiry, which the person asks to watch in the chat.
        _bot = await WatchChatBot.StartAsync(2, [.. settings]);
        await _bot.SlashAsync($"watch {_bot.Host}");
        await _bot.AnswerAsync("OK, I'll warn you");
    }

    [Fact]
    public async Task Pass_MoreWarningsThatCanWaitThanDigestAbove_OneDigestAtTheDigestTime_TheUrgentOneAtOnce()
    {
        await _bot.PassAsync();
        var atOnce = Warnings();
        await _bot.AdvanceAsync(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5));
        var afterQuietHours = Warnings();
        await _bot.AdvanceAsync(DigestDue() - _bot.Time.GetUtcNow() - TimeSpan.FromMinutes(1));
        var justBeforeDigest = Warnings();
        await _bot.AdvanceAsync(TimeSpan.FromMinutes(2));
        await _bot.PassAsync();

        Assert.Contains($"127.0.0.1 (port {_bot.Listener.Port}) expires in 2 days", Assert.Single(atOnce), StringComparison.Ordinal);
        Assert.Equal((1, 1), (afterQuietHours.Count, justBeforeDigest.Count));
        var digest = Assert.Single(Warnings().Skip(1));
        Assert.Contains("3 RDP certificates need attention", digest, StringComparison.Ordinal);
        foreach (var (listener, days) in _listeners.Zip(CanWait))
            Assert.Contains($"127.0.0.1 (port {listener.Port}) expires in {days} days", digest, StringComparison.Ordinal);
    }

    /// <summary>The next digest time on the person's clock after the start, as UTC.</summary>
    private DateTimeOffset DigestDue()
    {
        var zone = WatchSchedule.FindZone(Zone)!;
        var local = TimeZoneInfo.ConvertTime(_start, zone).AddHours(3);
        var due = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(due, zone.GetUtcOffset(due));
    }

    /// <summary>The messages about certificates in the person's direct message, each as Slack shows it, in order.</summary>
    private List<string> Warnings() =>
        [.. _bot.DirectMessages().Select(call => $"{call.Text}\n{call.BlockText}").Where(text => text.Contains("RDP certificate", StringComparison.Ordinal))
            .Select(text => text.Trim())];

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        foreach (var listener in _listeners)
            await listener.DisposeAsync();
    }
}
