using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Tests.Checks.Probe;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Tests.Checks.Safety;
using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Bot.Storage.InMemory;

namespace RdpHelpBot.Bot.Tests.Checks;

public sealed class HostChecksTests
{
    private static readonly CheckRequester Alice = new("msteams", "29:alice", "aad-alice");
    private static readonly HostFinding Expired = new(ProbeFactIds.CertExpired, "The certificate expired 3 days ago.");

    private readonly FakeTimeProvider _time = new(ProbeRuns.Now);
    private readonly InMemoryCheckAuditLog _audit = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckAsync_ResolverChangesItsAnswer_SourcesGetTheAddressThePolicyChecked()
    {
        var resolver = new SequenceResolver(["10.1.2.3"], ["169.254.169.254"]);
        var source = new RecordingEvidenceSource([Expired]);

        await CreateSut(resolver, [source]).CheckAsync(Alice, "rdp01.contoso.com", Ct);

        Assert.Equal((1, new CheckedHost("rdp01.contoso.com", IPAddress.Parse("10.1.2.3"), 3389)), (resolver.Lookups.Count, Assert.Single(source.Asked)));
    }

    [Fact]
    public async Task CheckAsync_ProbeSource_ConnectsToTheCheckedAddressWithoutResolvingAgain()
    {
        using var certificate = TestCertificates.SelfSigned("rdp01.contoso.com", ProbeRuns.Now.AddDays(-400), ProbeRuns.Now.AddDays(-3));
        await using var server = FakeRdpServer.ServingTls(certificate);
        var probe = new ProbeEvidenceSource(new RdpProbe(ProbeRuns.ShortTimeouts, _time));
        var sut = CreateSut(new SequenceResolver(["127.0.0.1"]), [probe], options => (options.AllowLoopback, options.AllowedPorts) = (true, [server.Port]));

        var result = await sut.CheckAsync(Alice, $"rdp01.contoso.com:{server.Port}", Ct);

        Assert.Contains(ProbeFactIds.CertExpired, result.Findings.Select(f => f.FactId));
    }

    [Fact]
    public async Task CheckAsync_AllowedCheck_AuditsWhatWasFound()
    {
        await CreateSut(new SequenceResolver(["10.1.2.3"]), [new RecordingEvidenceSource([Expired])]).CheckAsync(Alice, "rdp01.contoso.com", Ct);

        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(("aad-alice", "rdp01.contoso.com", "10.1.2.3", true, ProbeFactIds.CertExpired),
            (entry.UserId, entry.Host, string.Join(",", entry.Addresses), entry.Allowed, string.Join(",", entry.Findings ?? [])));
    }

    [Fact]
    public async Task CheckAsync_HostNotOnList_RefusesInPlainWordsAndAsksNoSource()
    {
        var source = new RecordingEvidenceSource([Expired]);

        var result = await CreateSut(new SequenceResolver(["10.1.2.3"]), [source]).CheckAsync(Alice, "rdp01.fabrikam.com", Ct);

        Assert.Equal((true, "rdp01.fabrikam.com is not on the list of hosts I may check.", 0), (result.Refused, result.Summary, source.Asked.Count));
    }

    [Fact]
    public async Task CheckAsync_UnverifiedRequester_IsRefusedAndAudited()
    {
        var webChat = new CheckRequester("directline", "dl_user", VerifiedUserId: null);

        var result = await CreateSut(new SequenceResolver(["10.1.2.3"]), [new RecordingEvidenceSource([Expired])]).CheckAsync(webChat, "rdp01.contoso.com", Ct);

        var entry = Assert.Single(_audit.Entries);
        Assert.Equal((true, HostCheckRefusal.UnverifiedUser, "unverified:directline:dl_user"), (result.Refused, entry.Refusal, entry.UserId));
    }

    [Fact]
    public async Task CheckAsync_ClientChosenIdOnATrustedChannel_CountsAsChannelAndUser()
    {
        var sut = CreateSut(new SequenceResolver(["10.1.2.3"]), [new RecordingEvidenceSource([Expired])], options =>
        {
            options.TrustClientUserIdsOn.Add("directline");
            options.AllowedUsers.Add("directline:demo");
        });

        var result = await sut.CheckAsync(new CheckRequester("directline", "demo", null), "rdp01.contoso.com", Ct);

        Assert.False(result.Refused, result.Summary);
    }

    [Fact]
    public void IsAvailableTo_UserListedInAConfiguredGroup_IsTrue()
    {
        var sut = CreateSut(new SequenceResolver(["10.1.2.3"]), [], options => options.Groups["RDP-Support"] = ["T1:U42"]);

        Assert.True(sut.IsAvailableTo(new CheckRequester("slack", "T1:U42", "T1:U42")));
    }

    [Fact]
    public void IsAvailableTo_UserInNoRole_IsFalse()
    {
        Assert.False(CreateSut(new SequenceResolver(["10.1.2.3"]), []).IsAvailableTo(new CheckRequester("msteams", "29:x", "aad-mallory")));
    }

    [Fact]
    public async Task CheckAsync_SourceThatNeverFinishes_IsCutOffAndSaidSo()
    {
        var hanging = new RecordingEvidenceSource([]) { Misbehave = token => Task.Delay(Timeout.Infinite, token) };
        var sut = CreateSut(new SequenceResolver(["10.1.2.3"]), [hanging], options => options.CheckTimeout = TimeSpan.FromMilliseconds(200));

        var result = await sut.CheckAsync(Alice, "rdp01.contoso.com", Ct);

        Assert.Contains("did not finish within", result.Summary);
    }

    [Fact]
    public async Task CheckAsync_OneSourceFails_KeepsWhatTheOthersFound()
    {
        var failing = new RecordingEvidenceSource([]) { Misbehave = _ => throw new InvalidOperationException("agent down") };
        var sut = CreateSut(new SequenceResolver(["10.1.2.3"]), [new RecordingEvidenceSource([Expired]), failing]);

        var result = await sut.CheckAsync(Alice, "rdp01.contoso.com", Ct);

        Assert.Equal((Expired, true), (Assert.Single(result.Findings), result.Summary.Contains("failed on my side", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CheckAsync_SourceNotCoveringTheHost_IsNotAsked()
    {
        var elsewhere = new RecordingEvidenceSource([Expired], covers: false);

        var result = await CreateSut(new SequenceResolver(["10.1.2.3"]), [elsewhere]).CheckAsync(Alice, "rdp01.contoso.com", Ct);

        Assert.Equal((0, 0), (elsewhere.Asked.Count, result.Findings.Count));
    }

    [Fact]
    public async Task CheckAsync_Allowed_SummarySaysWhereTheHostWasChecked()
    {
        var result = await CreateSut(new SequenceResolver(["10.1.2.3"]), []).CheckAsync(Alice, "RDP01.contoso.com", Ct);

        Assert.Equal("I checked **rdp01.contoso.com** from here (10.1.2.3, port 3389).", result.Summary);
    }

    private HostChecks CreateSut(IHostResolver resolver, IReadOnlyList<IHostEvidenceSource> sources, Action<HostCheckOptions>? configure = null)
    {
        var options = new HostCheckOptions { AllowedHosts = ["*.contoso.com"], AllowedUsers = ["aad-alice", "rdp-support"] };
        configure?.Invoke(options);
        var wrapped = Options.Create(options);
        return new HostChecks(new HostCheckPolicy(wrapped, resolver, _audit, _time, new FixedMachineAddresses([])), new CheckIdentities(wrapped), sources, _audit, wrapped, _time,
            NullLogger<HostChecks>.Instance);
    }
}
