using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Tests.Channels.BotFramework;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

/// <summary>
/// A host's owner in Teams whose messages say they are in India (<c>localTimezone</c> Asia/Kolkata, UTC+05:30) while
/// <c>Watch:TimeZone</c> is UTC: their quiet hours are read on their own clock. The bot with an app id and a signing key
/// it trusts, a fake Connector, a local RDP listener serving a certificate 20 days from expiry (a warning that can wait),
/// and a fake clock; the test runs the pass and the deliveries itself.
/// </summary>
public sealed class WatchTeamsTimeZoneTests : IAsyncLifetime
{
    private const string Zone = "Asia/Kolkata";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly SigningKey _teamsKey = new("teams-key", ["msteams", "skype"]);
    private OpenIdMetadataServer _metadata = null!;
    private FakeConnector _connector = null!;
    private FakeRdpServer _listener = null!;
    private BotUnderTest _bot = null!;

    public async ValueTask InitializeAsync()
    {
        var now = _time.GetUtcNow();
        using var authority = TestCertificates.Authority("Contoso Test CA", now.AddDays(-400), now.AddDays(400));
        _listener = FakeRdpServer.ServingTls(TestCertificates.IssuedBy(authority, "localhost", now.AddDays(-300), now.AddDays(20).AddHours(2)));
        _metadata = await OpenIdMetadataServer.StartAsync([_teamsKey], []);
        _connector = await FakeConnector.StartAsync();
        // Quiet from an hour ago to an hour from now in India: in UTC that is hours away.
        var local = TimeZoneInfo.ConvertTime(now, WatchSchedule.FindZone(Zone)!);
        _bot = await BotUnderTest.StartAsync(
        [
            .. ChannelAuthenticationFixture.Settings(_metadata, _connector),
            "--Checks:AllowedHosts:0=127.0.0.1",
            "--Checks:AllowLoopback=true",
            $"--Checks:AllowedPorts:0={_listener.Port}",
            "--Watch:Hosts:0:Host=127.0.0.1",
            $"--Watch:Hosts:0:Port={_listener.Port}",
            $"--Watch:Hosts:0:Owners:0=msteams:{TestActivities.UserId}",
            "--Watch:TimeZone=UTC",
            $"--Watch:QuietHours={local.AddHours(-1):HH\\:mm}-{local.AddHours(1):HH\\:mm}",
        ], login: _connector.Address, services: services => WatchChatBot.AtTheTestsTime(services, _time));
    }

    [Fact]
    public async Task Pass_OwnersTeamsMessagesSayTheirTimeZone_AWarningThatCanWaitIsHeldUntilTheirQuietHoursEnd()
    {
        await SayHelloAsync(Zone);

        await PassAsync();
        var duringQuietHours = Warnings();
        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5));
        await PassAsync();

        Assert.Empty(duringQuietHours);
        Assert.Contains("expires in 20 days", Assert.Single(Warnings()), StringComparison.Ordinal);
    }

    /// <summary>The owner writes to the bot in their one-to-one chat, signed by the channel, from the time zone <paramref name="zone"/>.</summary>
    private async Task SayHelloAsync(string zone)
    {
        var hello = TestActivities.Message("a:" + Guid.NewGuid().ToString("N"), _connector.ServiceUrl, "hello");
        hello["from"]!["aadObjectId"] = "aad-megan";
        hello["localTimezone"] = zone;
        var token = ChannelTokens.Create(ChannelTokens.Descriptor(ChannelAuthenticationFixture.AppId, _connector.ServiceUrl, _teamsKey));
        using var response = await _bot.PostAsync(hello.ToJsonString(), token);
        Assert.True(response.IsSuccessStatusCode);
    }

    /// <summary>A pass at the fake clock's time, then every delivery due then.</summary>
    private async Task PassAsync()
    {
        Assert.NotNull(await _bot.Services.GetRequiredService<WatchPass>().RunAsync(CancellationToken.None));
        var delivery = _bot.Services.GetRequiredService<OutboxDelivery>();
        while (await delivery.DeliverDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>The certificate warnings the Connector was given, each as its raw activity.</summary>
    private List<string> Warnings() =>
        [.. _connector.Calls.Where(call => call.Type == "message").Select(call => call.Body!.Value.GetRawText())
            .Where(text => text.Contains("RDP certificate of 127.0.0.1", StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _metadata.DisposeAsync();
        await _listener.DisposeAsync();
        _teamsKey.Dispose();
    }
}
