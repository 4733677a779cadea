using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Tests.Contract.Signing;
using RdpHelpBot.Agent.Tests.Service.Fakes;
using RdpHelpBot.Agent.Tests.Service.Hosting;
using RdpHelpBot.Bot.Checks.Agent;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Tests.Checks.Product;

/// <summary>
/// A check with both evidence sources, as the product runs it: the bot's services and turn pipeline on SQLite, the
/// probe against a fake RDP listener whose certificate is fine, and the real host agent (over a fake Windows host)
/// reporting that NETWORK SERVICE cannot read the certificate's private key.
/// </summary>
public sealed class HostAgentThroughTheBotTests : IAsyncLifetime
{
    private const string Operator = "aad-operator";
    private const string KeyFile = @"C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys\f686aace6942fb7f7ceb231212eef4a4_guid";

    private readonly TemporaryFolder _folder = new();
    private readonly FakeHost _windows = new();
    private RunningAgent _agent = null!;
    private FakeRdpServer _listener = null!;
    private X509Certificate2 _certificate = null!;
    private IHost _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _windows.AddCertificate("Remote Desktop", "AB12", KeyFile,
            [new AccessRule("S-1-5-18", true, 0x1F01FF), new AccessRule("S-1-5-32-544", true, 0x1F01FF)]);
        _agent = await RunningAgent.StartAsync(_windows);
        var now = _agent.Time.GetUtcNow();
        _certificate = TestCertificates.SelfSigned("localhost", now.AddDays(-30), now.AddDays(300), likeWindowsRdp: true);
        _listener = FakeRdpServer.ServingTls(_certificate);
        _bot = BuildBot();
    }

    [Fact]
    public async Task Check_AgentReportsTheKeyNotReadable_ListsItInPlainWords()
    {
        var pipeline = await AtTheFirstFixAsync();

        var response = await pipeline.ProcessAsync(Message($"check 127.0.0.1:{_listener.Port}"), Ct);

        Assert.Contains(response.Replies, reply => reply.Text?.Contains(
            "I found this:\n- NETWORK SERVICE, the Remote Desktop service's account, cannot read the private key of RDP certificate AB12.\n",
            StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Conversation_BeforeTheCheck_ShowsAnotherFixFirst()
    {
        var pipeline = _bot.Services.GetRequiredService<TurnPipeline>();
        TurnResponse? response = null;
        foreach (var turn in OpeningTurns)
            response = await pipeline.ProcessAsync(turn, Ct);

        Assert.Equal(Fix("renew-rdp-certificate"), ShownFix(response!));
    }

    [Fact]
    public async Task Check_AgentReportsTheKeyNotReadable_NextFixIsGrantingReadAccess()
    {
        var pipeline = await AtTheFirstFixAsync();

        var response = await pipeline.ProcessAsync(Message($"check 127.0.0.1:{_listener.Port}"), Ct);

        Assert.Equal(Fix("grant-private-key-read"), ShownFix(response));
    }

    [Fact]
    public async Task Audit_AfterTheCheck_ListsWhatBothSourcesFound()
    {
        var pipeline = await AtTheFirstFixAsync();
        await pipeline.ProcessAsync(Message($"check 127.0.0.1:{_listener.Port}"), Ct);

        var run = Tests.Cli.CommandLine.Run("audit", "--json", "--since", "2026-01-01", $"--Storage:DataFolder={_folder.Path}");

        using var json = JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("checks")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetString());
        Assert.Superset(new HashSet<string?> { AgentFactIds.CertKeyNotReadable, ProbeFactIds.CertValid }, findings.ToHashSet());
    }

    public async ValueTask DisposeAsync()
    {
        _bot.Dispose();
        await _listener.DisposeAsync();
        _certificate.Dispose();
        await _agent.DisposeAsync();
        _folder.Dispose();
    }

    // Nobody can connect, no more is known, and the user asks for a fix: the bot offers a person, which the user
    // declines, and shows its first fix.
    private static IEnumerable<TurnRequest> OpeningTurns =>
    [
        Message("I get 0x904 when I connect to our server"),
        Click("not-sure"), Click("nobody-can"), Click("not-sure"), Click("not-sure"), Click("no"),
    ];

    private async Task<TurnPipeline> AtTheFirstFixAsync()
    {
        var pipeline = _bot.Services.GetRequiredService<TurnPipeline>();
        foreach (var turn in OpeningTurns)
            await pipeline.ProcessAsync(turn, Ct);
        return pipeline;
    }

    private string Fix(string id) => _bot.Services.GetRequiredService<KnowledgeBase>().Fixes[id].Title;

    private static string ShownFix(TurnResponse response) =>
        response.Replies.Select(reply => reply.Card?.Blocks.OfType<Heading>().FirstOrDefault()?.Text).OfType<string>().Single();

    private IHost BuildBot()
    {
        var builder = Host.CreateApplicationBuilder(
        [
            $"--Storage:DataFolder={_folder.Path}",
            "--Checks:AllowedHosts:0=127.0.0.1",
            $"--Checks:AllowedUsers:0={Operator}",
            $"--Checks:AllowedPorts:0={_listener.Port}",
            "--Checks:AllowLoopback=true",
            "--Agents:Hosts:0:Host=127.0.0.1",
            $"--Agents:Hosts:0:BaseUrl={_agent.Client.BaseAddress}",
            $"--Agents:Hosts:0:KeyId={TestKeys.HostKeyId}",
            $"--Agents:Hosts:0:Key={TestKeys.HostSecret}",
        ]);
        builder.Logging.ClearProviders();
        // The bot signs with the agent's clock, so neither side sees the other's time as skewed.
        builder.Services.AddSingleton<TimeProvider>(_agent.Time);
        Assert.True(BotServices.TryAdd(builder, TextWriter.Null));
        return builder.Build();
    }

    private static TurnRequest Message(string text) => new("msteams", "c1", "29:operator", text) { VerifiedUserId = Operator };

    private static TurnRequest Click(string value) => new("msteams", "c1", "29:operator", ChoiceValue: value) { VerifiedUserId = Operator };
}
