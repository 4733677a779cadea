using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Tests.Checks.Product;

/// <summary>
/// Host checks as the product runs them: the bot's own services and turn pipeline, the real policy and probe, a fake
/// RDP listener on 127.0.0.1 and the SQLite audit.
/// </summary>
public sealed class HostChecksThroughTheBotTests : IDisposable
{
    private const string Operator = "aad-operator";

    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_ListenerServesAnExpiredCertificate_NextFixIsRenewingIt()
    {
        var now = DateTimeOffset.UtcNow;
        using var certificate = TestCertificates.SelfSigned("localhost", now.AddDays(-400), now.AddDays(-3), likeWindowsRdp: true);
        await using var server = FakeRdpServer.ServingTls(certificate);
        using var host = BuildHost("127.0.0.1", server.Port);
        var pipeline = host.Services.GetRequiredService<TurnPipeline>();
        await AtPrivateKeyFixAsync(pipeline);

        var response = await pipeline.ProcessAsync(Message($"check 127.0.0.1:{server.Port}"), Ct);

        var fix = response.Replies.Select(reply => reply.Card?.Blocks.OfType<Heading>().FirstOrDefault()?.Text).OfType<string>().Single();
        Assert.Equal(host.Services.GetRequiredService<KnowledgeBase>().Fixes["renew-rdp-certificate"].Title, fix);
    }

    [Fact]
    public async Task Check_HostNotOnTheList_IsRefusedInPlainWords()
    {
        using var host = BuildHost("10.0.0.0/8", 3389);

        var response = await host.Services.GetRequiredService<TurnPipeline>().ProcessAsync(Message("check 192.0.2.10"), Ct);

        Assert.Equal("192.0.2.10 is not on the list of hosts I may check.", response.Replies[0].Text);
    }

    [Fact]
    public async Task Check_HostNotOnTheList_IsAuditedInTheDatabase()
    {
        using (var host = BuildHost("10.0.0.0/8", 3389))
        {
            await host.Services.GetRequiredService<TurnPipeline>().ProcessAsync(Message("check 192.0.2.10"), Ct);
        }

        using var restarted = BuildHost("10.0.0.0/8", 3389);
        var entry = Assert.Single(await restarted.Services.GetRequiredService<ICheckAuditLog>().ListAsync(DateTimeOffset.MinValue, Ct));
        Assert.Equal((Operator, "192.0.2.10", false, HostCheckRefusal.HostNotOnList), (entry.UserId, entry.Host, entry.Allowed, entry.Refusal));
    }

    [Theory]
    [InlineData("check fd00::2", "fd00::2")]
    [InlineData("please check [fd00::2]:3389 for me", "fd00::2")]
    [InlineData("check 2001:db8::1.", "2001:db8::1")]
    public async Task Check_IPv6Address_IsReadWhole(string message, string host)
    {
        using var bot = BuildHost("10.0.0.0/8", 3389);

        var response = await bot.Services.GetRequiredService<TurnPipeline>().ProcessAsync(Message(message), Ct);

        Assert.Equal($"{host} is not on the list of hosts I may check.", response.Replies[0].Text);
    }

    [Fact]
    public async Task Check_AnAddressOfTheBotsOwnMachine_IsRefused()
    {
        var own = NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));
        Assert.SkipWhen(own is null, "This machine has no IPv4 address besides loopback.");
        using var bot = BuildHost(own.ToString(), 3389, allowLoopback: false);

        var response = await bot.Services.GetRequiredService<TurnPipeline>().ProcessAsync(Message($"check {own}"), Ct);

        Assert.Equal($"{own} is the bot's own machine; I do not check such addresses.", response.Replies[0].Text);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task AtPrivateKeyFixAsync(TurnPipeline pipeline)
    {
        await pipeline.ProcessAsync(Message("I get 0x904 since we renewed the certificate, nobody can connect"), Ct);
        await pipeline.ProcessAsync(Click("yes"), Ct);
        await pipeline.ProcessAsync(Click("before-prompt"), Ct);
        // Nobody can connect, so a person is offered first: declined.
        await pipeline.ProcessAsync(Click("no"), Ct);
    }

    private IHost BuildHost(string allowedHost, int port, bool allowLoopback = true)
    {
        var builder = Host.CreateApplicationBuilder(
        [
            $"--Storage:DataFolder={_folder.Path}",
            $"--Checks:AllowedHosts:0={allowedHost}",
            $"--Checks:AllowedUsers:0={Operator}",
            $"--Checks:AllowedPorts:0={port}",
            $"--Checks:AllowLoopback={allowLoopback}",
        ]);
        builder.Logging.ClearProviders();
        Assert.True(BotServices.TryAdd(builder, TextWriter.Null));
        return builder.Build();
    }

    private static TurnRequest Message(string text) => new("msteams", "c1", "29:operator", text) { VerifiedUserId = Operator };

    private static TurnRequest Click(string value) => new("msteams", "c1", "29:operator", ChoiceValue: value) { VerifiedUserId = Operator };
}
