using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Agent.Contract;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Facts;
using RdpHelpBot.Agent.Tests.Contract.Signing;
using RdpHelpBot.Agent.Tests.Service.Fakes;
using RdpHelpBot.Agent.Tests.Service.Hosting;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Checks.Agent;

namespace RdpHelpBot.Bot.Tests.Checks.Agent.RealAgent;

/// <summary>
/// The bot's agent client and evidence source against the real agent (its web application on 127.0.0.1 over a
/// fake Windows host): both sides of the signed contract together.
/// </summary>
public sealed class AgentEvidenceSourceWithTheRealAgentTests : IAsyncDisposable
{
    private const string KeyFile = @"C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys\f686aace6942fb7f7ceb231212eef4a4_guid";
    private static readonly CheckedHost Rdp01 = new("rdp01.contoso.com", IPAddress.Loopback, 3389);
    private static readonly AccessRule SystemFullControl = new("S-1-5-18", true, 0x1F01FF);
    private static readonly AccessRule AdministratorsFullControl = new("S-1-5-32-544", true, 0x1F01FF);
    private static readonly AccessRule NetworkServiceRead = new("S-1-5-20", true, 0x120089);

    private readonly FakeHost _windows = new();
    private readonly SentRequests _sent = new();
    private RunningAgent? _agent;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RunningAgent Agent => _agent ?? throw new InvalidOperationException("Start the agent first.");

    public async ValueTask DisposeAsync()
    {
        if (_agent is not null)
            await _agent.DisposeAsync();
    }

    [Fact]
    public async Task CollectAsync_HealthyHost_FindsOnlyNormalThings()
    {
        _windows.AddCertificate("Remote Desktop", "AB12", KeyFile, [SystemFullControl, NetworkServiceRead]);

        var evidence = await CollectAsync();

        Assert.Equal(
        [
            (AgentFactIds.TermServiceRunning, true), (AgentFactIds.CertKeyReadable, true), (AgentFactIds.MachineKeysAclOk, true),
            (AgentFactIds.NoCertificateErrorsLogged, true),
        ], evidence.Findings.Select(f => (f.FactId, f.IsNormal)));
    }

    [Fact]
    public async Task CollectAsync_KeyOnlyForSystemAndAdministrators_FindsTheKeyNotReadable()
    {
        _windows.AddCertificate("Remote Desktop", "AB12", KeyFile, [SystemFullControl, AdministratorsFullControl]);

        var evidence = await CollectAsync();

        var finding = Assert.Single(evidence.Findings, f => f.FactId == AgentFactIds.CertKeyNotReadable);
        Assert.Equal(
            "NETWORK SERVICE, the Remote Desktop service's account, cannot read the private key of RDP certificate AB12.", finding.Text);
    }

    [Fact]
    public async Task CollectAsync_UserWithADisconnectedSession_FindsTheirSession()
    {
        _windows.HostSessions.Add(new HostSession(3, HostSessionState.Disconnected, "alice", "CONTOSO"));

        var evidence = await CollectAsync(userName: @"CONTOSO\alice");

        Assert.Contains(evidence.Findings, f => f.FactId == AgentFactIds.UserHasDisconnectedSession);
    }

    [Fact]
    public async Task CollectAsync_NoUserName_CountsTheDisconnectedSessions()
    {
        _windows.HostSessions.Add(new HostSession(3, HostSessionState.Disconnected, "alice", "CONTOSO"));
        _windows.HostSessions.Add(new HostSession(4, HostSessionState.Disconnected, "bob", "CONTOSO"));

        var evidence = await CollectAsync();

        Assert.Contains(evidence.Findings, f => f.FactId == AgentFactIds.DisconnectedSessionsPresent);
    }

    [Fact]
    public async Task CollectAsync_BotHasAnotherKey_SaysInPlainWordsThatTheKeysDiffer()
    {
        var evidence = await CollectAsync(botSecret: TestKeys.OtherSecret);

        Assert.Equal(([], KeysDiffer()), (evidence.Findings, evidence.Problem));
    }

    [Fact]
    public async Task CollectAsync_AgentHasAnotherKey_SaysInPlainWordsThatTheKeysDiffer()
    {
        var evidence = await CollectAsync(agentArgs: [$"--Agent:Key={TestKeys.OtherSecret}"]);

        Assert.Equal(([], KeysDiffer()), (evidence.Findings, evidence.Problem));
    }

    [Fact]
    public async Task CollectAsync_BotKnowsTheKeyByAnotherId_SaysWhichKeyIdDoesNotMatch()
    {
        var evidence = await CollectAsync(botKeyId: "rdp02");

        Assert.Equal(KeysDiffer("unknown-key-id", "rdp02"), evidence.Problem);
    }

    [Fact]
    public async Task Report_BotsRequestSentAgain_IsRefusedAsReplayed()
    {
        await CollectAsync();
        using var replay = Assert.Single(_sent.All).Copy();

        using var response = await Agent.Client.SendAsync(replay, Ct);

        Assert.Equal("401 replayed-nonce", await ReasonAsync(response));
    }

    private async Task<HostEvidence> CollectAsync(
        string? userName = null, string botKeyId = TestKeys.HostKeyId, string? botSecret = null, string[]? agentArgs = null)
    {
        _agent = await RunningAgent.StartAsync(_windows, agentArgs ?? []);
        await using var services = BotSideOfTheAgent.Create(
            Agent.Client.BaseAddress!, botKeyId, botSecret ?? TestKeys.HostSecret, Agent.Time, _sent);
        return await services.GetRequiredService<AgentEvidenceSource>().CollectAsync(Rdp01, userName, Ct);
    }

    private string KeysDiffer(string reason = "bad-signature", string keyId = TestKeys.HostKeyId) =>
        $"The agent at {Agent.Client.BaseAddress} refused the request (401, {reason}). " +
        $"The key configured for this host (key id '{keyId}') does not match the agent's; set the same key on both sides.";

    private static async Task<string> ReasonAsync(HttpResponseMessage response)
    {
        var problem = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(Ct), AgentJsonContext.Default.AgentProblem);
        return $"{(int)response.StatusCode} {problem?.Reason}";
    }
}
