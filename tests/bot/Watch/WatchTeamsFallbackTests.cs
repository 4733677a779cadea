using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Cli;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

/// <summary>
/// A host's owner in Teams who removed the app (or blocked the bot): the Connector refuses to open their one-to-one chat
/// with 403, so the host's own Teams channel, or without one the helpdesk's, hears what they missed and what follows.
/// The real host in local mode, a fake Connector, a local RDP listener serving a CA-issued certificate and a
/// fake clock; the test runs the passes and the deliveries itself.
/// </summary>
public sealed class WatchTeamsFallbackTests : IAsyncLifetime
{
    private const string Owner = "29:owner-who-left";
    private const string Forbidden = """{"error":{"code":"BotDisabledByAdmin","message":"The bot is not part of the conversation roster."}}""";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly string _team = $"19:{Guid.NewGuid():N}@thread.tacv2";
    private FakeConnector _connector = null!;
    private FakeRdpServer _listener = null!;
    private BotUnderTest? _bot;

    public async ValueTask InitializeAsync()
    {
        var now = _time.GetUtcNow();
        using var authority = TestCertificates.Authority("Contoso Test CA", now.AddDays(-400), now.AddDays(400));
        _listener = FakeRdpServer.ServingTls(TestCertificates.IssuedBy(authority, "localhost", now.AddDays(-300), now.AddDays(5).AddHours(2)));
        _connector = await FakeConnector.StartAsync();
    }

    /// <summary>The bot, added to the team "Servers"; the host's own conversation is the team's channel unless it has none.</summary>
    private async Task StartAsync(bool hostHasChannel = true)
    {
        _bot = await BotUnderTest.StartAsync(
        [
            "--BotFramework:TrustedServiceUrlHosts:0=127.0.0.1",
            "--Checks:AllowedHosts:0=127.0.0.1",
            "--Checks:AllowLoopback=true",
            $"--Checks:AllowedPorts:0={_listener.Port}",
            "--Watch:Hosts:0:Host=127.0.0.1",
            $"--Watch:Hosts:0:Port={_listener.Port}",
            $"--Watch:Hosts:0:Owners:0=msteams:{Owner}",
            hostHasChannel ? $"--Watch:Hosts:0:Channel=msteams:{_team}" : "--Escalation:Teams:Team=Servers",
        ], services: services => WatchChatBot.AtTheTestsTime(services, _time));
        // The bot added to the team: its General channel is stored, which also says where and in which tenant to open chats.
        using (await _bot.PostAsync(TestActivities.AddedToTeam(_team, "Servers", _connector.ServiceUrl).ToJsonString(), token: null))
        {
        }
        _connector.RefuseNewChats(403, Forbidden);
    }

    [Fact]
    public async Task Warning_OwnersChatRefusedWith403_TheHostsChannelIsToldTheyNoLongerHearIt()
    {
        await StartAsync();
        await PassAsync();

        var told = Assert.Single(ChannelMessages(), text => text.Contains("I can't reach the person " + Owner, StringComparison.Ordinal));
        Assert.Contains($"They no longer get the certificate warnings about 127.0.0.1 (port {_listener.Port})", told, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warning_OwnersChatRefusedWith403_TheHostsChannelSeesTheWarningOnce()
    {
        await StartAsync();
        await PassAsync();

        Assert.Single(ChannelMessages(), text => text.Contains("expires in 5 days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_OwnersChatRefusedWith403_ShowsTheOwnerMarkedAndTheChannelWarnedInstead()
    {
        await StartAsync();
        await PassAsync();

        var rows = await Services.GetRequiredService<WatchListing>().ListAsync(_time.GetUtcNow(), CancellationToken.None);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(rows, WatchListJsonContext.Default.IReadOnlyListWatchStatus));
        var mark = Assert.Single(json.RootElement[0].GetProperty("unreachable").EnumerateArray());
        var printed = new StringWriter();
        await WatchListPrinter.WriteAsync(rows, printed);

        Assert.Equal(($"msteams:{Owner}", $"msteams:conversation:{_team}"), (mark.GetProperty("subscriber").GetString(), mark.GetProperty("warnedInstead").GetString()));
        Assert.Contains($"  unreachable  msteams:{Owner} since ", printed.ToString(), StringComparison.Ordinal);
        Assert.Contains($"warned in their place: msteams:conversation:{_team}", printed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warning_OwnersChatRefusedWith403_WithoutAHostChannel_TheHelpdeskChannelIsToldThisAndLaterWarnings()
    {
        await StartAsync(hostHasChannel: false);
        await PassAsync();
        _time.Advance(TimeSpan.FromDays(3));
        await PassAsync();

        Assert.Single(_connector.Refused, call => call.Path == "/amer/v3/conversations");
        var told = ChannelTexts();
        Assert.Equal(["expires in 5 days", "expires in 2 days"], told.Select(text => Regex.Match(text, "expires in [0-9]+ days?").Value));
        Assert.All(told, text => Assert.Contains("I can't reach the person " + Owner, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warning_OwnersChatRefusedWith403_TheOwnerIsMarkedAndLaterWarningsDoNotTryTheirChatAgain()
    {
        await StartAsync();
        await PassAsync();
        await PassAsync();
        _time.Advance(TimeSpan.FromDays(3));
        await PassAsync();

        Assert.Single(_connector.Refused, call => call.Path == "/amer/v3/conversations");
        var recipient = Assert.Single(await Services.GetRequiredService<IWatchStore>().ListRecipientsAsync(CancellationToken.None));
        Assert.Equal($"msteams:{Owner}", recipient.Subscriber);
        Assert.NotNull(recipient.UnreachableSince);
        // The channel hears each threshold once.
        Assert.Equal(["expires in 5 days", "expires in 2 days"],
            ChannelTexts().Select(text => Regex.Match(text, "expires in [0-9]+ days?").Value));
    }

    private IServiceProvider Services => _bot!.Services;

    /// <summary>A pass at the fake clock's time, then every delivery due then (what a refusal queues included).</summary>
    private async Task PassAsync()
    {
        Assert.NotNull(await Services.GetRequiredService<WatchPass>().RunAsync(CancellationToken.None));
        var delivery = Services.GetRequiredService<OutboxDelivery>();
        while (await delivery.DeliverDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>The warnings about the host posted in the team's channel, each as its words (activity and card text together), in order.</summary>
    private List<string> ChannelTexts() =>
        [.. ChannelMessages().Where(text => text.Contains("RDP certificate of 127.0.0.1", StringComparison.Ordinal))];

    /// <summary>Every message posted in the team's channel, each as its words, in order.</summary>
    private List<string> ChannelMessages() =>
        [.. _connector.CallsTo(_team).Where(call => call.Type == "message").Select(call => string.Join("\n", Words(call.Body!.Value)))];

    private static IEnumerable<string> Words(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Words(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Words),
        _ => [],
    };

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
            await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _listener.DisposeAsync();
    }
}
