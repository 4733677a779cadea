using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Checks.Agent;

namespace RdpHelpBot.Bot.Tests.Checks.Agent;

/// <summary>The registered evidence source against a fake agent on 127.0.0.1, through the real HTTP client pipeline.</summary>
public sealed class AgentEvidenceSourceTests : IAsyncLifetime
{
    private static readonly CheckedHost Host = new("rdp01.contoso.com", IPAddress.Loopback, 3389);

    private FakeAgent agent = null!;

    public async ValueTask InitializeAsync() => agent = await FakeAgent.StartAsync();

    public async ValueTask DisposeAsync() => await agent.DisposeAsync();

    private static ServiceProvider CreateServices(string baseUrl, string secret, string timeout = "00:00:10")
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agents:Timeout"] = timeout,
            ["Agents:Hosts:0:Host"] = "*.contoso.com",
            ["Agents:Hosts:0:BaseUrl"] = baseUrl,
            ["Agents:Hosts:0:KeyId"] = FakeAgent.KeyId,
            ["Agents:Hosts:0:Key"] = secret,
        });
        builder.AddHostAgentChecks();
        return builder.Services.BuildServiceProvider();
    }

    private async Task<HostEvidence> CollectAsync(string? userName = null, string? secret = null, string? baseUrl = null, string timeout = "00:00:10")
    {
        await using var services = CreateServices(baseUrl ?? agent.BaseUrl.ToString(), secret ?? FakeAgent.Secret, timeout);
        var source = services.GetRequiredService<AgentEvidenceSource>();
        return await source.CollectAsync(Host, userName, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CollectAsync_HonestAgent_MapsTheReportToFindings()
    {
        agent.Report = AgentReports.Healthy.WithEvent(1058, 3);

        var evidence = await CollectAsync();

        Assert.Contains(evidence.Findings, f => f.FactId == AgentFactIds.Events1058);
    }

    [Fact]
    public async Task CollectAsync_UserName_IsSentToTheAgent()
    {
        await CollectAsync(userName: @"CONTOSO\alice");

        Assert.Equal(@"CONTOSO\alice", agent.Requests.Single().UserName);
    }

    [Fact]
    public async Task CollectAsync_HonestAgent_HasNoProblem() => Assert.Null((await CollectAsync()).Problem);

    [Fact]
    public async Task CollectAsync_BodyChangedAfterSigning_IsIgnoredAsNotMatching()
    {
        agent.Behaviour = FakeAgentBehaviour.TamperBody;

        var evidence = await CollectAsync();

        Assert.Equal(([], true), (evidence.Findings, evidence.Problem!.Contains("signature does not match", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CollectAsync_AnswerSignedWithAnotherKey_IsIgnored()
    {
        agent.Behaviour = FakeAgentBehaviour.SignWithOtherKey;

        Assert.Contains("signature does not match", (await CollectAsync()).Problem);
    }

    [Fact]
    public async Task CollectAsync_BotHasTheWrongKey_SaysTheKeysDiffer()
    {
        var evidence = await CollectAsync(secret: FakeAgent.OtherSecret);

        Assert.Contains("refused the request (401, bad-signature). The key configured for this host", evidence.Problem);
    }

    [Fact]
    public async Task CollectAsync_UnsignedAnswer_IsIgnoredAsNotSigned()
    {
        agent.Behaviour = FakeAgentBehaviour.Unsigned;

        Assert.Contains("it is not signed", (await CollectAsync()).Problem);
    }

    [Fact]
    public async Task CollectAsync_AnswerSignedTenMinutesAgo_IsIgnoredForItsTime()
    {
        agent.Behaviour = FakeAgentBehaviour.StaleTimestamp;

        Assert.Contains("too far from the bot's clock", (await CollectAsync()).Problem);
    }

    [Fact]
    public async Task CollectAsync_AnswerToAnEarlierRequest_IsIgnoredAsReplayed()
    {
        agent.Behaviour = FakeAgentBehaviour.ReplayOldAnswer;

        Assert.Contains("replayed", (await CollectAsync()).Problem);
    }

    [Fact]
    public async Task CollectAsync_AgentDown_SaysItCouldNotBeReached()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var evidence = await CollectAsync(baseUrl: $"http://127.0.0.1:{closedPort}/");

        Assert.Contains("could not be reached", evidence.Problem);
    }

    [Fact]
    public async Task CollectAsync_AgentTooSlow_SaysItDidNotAnswerInTime()
    {
        agent.Delay = TimeSpan.FromSeconds(5);

        var evidence = await CollectAsync(timeout: "00:00:00.300");

        Assert.Contains("did not answer within", evidence.Problem);
    }

    [Fact]
    public async Task Covers_HostOutsideTheConfiguredPattern_IsFalse()
    {
        await using var services = CreateServices(agent.BaseUrl.ToString(), FakeAgent.Secret);

        var covered = services.GetRequiredService<AgentEvidenceSource>().Covers(new CheckedHost("db01.fabrikam.com", IPAddress.Loopback, 3389));

        Assert.False(covered);
    }

    [Fact]
    public async Task Services_AgentSource_IsRegisteredAsAnEvidenceSource()
    {
        await using var services = CreateServices(agent.BaseUrl.ToString(), FakeAgent.Secret);

        Assert.Contains(services.GetServices<IHostEvidenceSource>(), s => s is AgentEvidenceSource);
    }
}
