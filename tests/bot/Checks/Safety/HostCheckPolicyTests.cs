using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Storage.InMemory;

namespace RdpHelpBot.Bot.Tests.Checks.Safety;

public sealed class HostCheckPolicyTests
{
    private static readonly CheckUser Alice = new("alice");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryCheckAuditLog _audit = new();

    [Theory]
    [InlineData("rdp01.contoso.com")]
    [InlineData("a.b.contoso.com")]
    [InlineData("RDP02.Contoso.com.")]
    public async Task AuthoriseAsync_NameUnderWildcard_IsAllowed(string typed)
    {
        var decision = await CreateSut(new SequenceResolver(["10.1.2.3"])).AuthoriseAsync(Alice, typed, CancellationToken.None);

        Assert.True(decision.IsAllowed, decision.Message);
    }

    [Fact]
    public async Task AuthoriseAsync_NameNotOnList_RefusesInPlainWords()
    {
        var decision = await CreateSut(new SequenceResolver(["10.1.2.3"])).AuthoriseAsync(Alice, "rdp01.fabrikam.com", CancellationToken.None);

        Assert.Equal("rdp01.fabrikam.com is not on the list of hosts I may check.", decision.Message);
    }

    [Fact]
    public async Task AuthoriseAsync_WildcardDomainItself_IsNotOnList()
    {
        var decision = await CreateSut(new SequenceResolver(["10.1.2.3"])).AuthoriseAsync(Alice, "contoso.com", CancellationToken.None);

        Assert.Equal(HostCheckRefusal.HostNotOnList, decision.Refusal);
    }

    [Theory]
    [InlineData("192.168.5.9", true)]
    [InlineData("192.168.6.9", false)]
    [InlineData("203.0.113.7", true)]
    [InlineData("203.0.113.8", false)]
    public async Task AuthoriseAsync_AddressTyped_IsAllowedOnlyInsideAListedRange(string typed, bool allowed)
    {
        var decision = await CreateSut(new SequenceResolver(["10.1.2.3"])).AuthoriseAsync(Alice, typed, CancellationToken.None);

        Assert.Equal(allowed, decision.IsAllowed);
    }

    [Fact]
    public async Task AuthoriseAsync_NameResolvingToAllowedAndLoopback_IsRefused()
    {
        var decision = await CreateSut(new SequenceResolver(["10.1.2.3", "127.0.0.1"])).AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);

        Assert.Equal(HostCheckRefusal.ForbiddenAddress, decision.Refusal);
    }

    [Fact]
    public async Task AuthoriseAsync_ResolverChangesItsAnswer_ResolvesOnceAndReturnsTheCheckedAddress()
    {
        var resolver = new SequenceResolver(["10.1.2.3"], ["127.0.0.1"]);
        var sut = CreateSut(resolver);

        var decision = await sut.AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);

        Assert.Equal((1, IPAddress.Parse("10.1.2.3")), (resolver.Lookups.Count, decision.ConnectTo));
    }

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("fd00:ec2::254")]
    [InlineData("100.100.100.200")]
    [InlineData("::ffff:169.254.169.254")]
    public async Task AuthoriseAsync_NameResolvingToCloudMetadata_IsRefusedEvenWithLinkLocalAllowed(string metadata)
    {
        var sut = CreateSut(new SequenceResolver([metadata]), options => options.AllowLinkLocal = true);

        var decision = await sut.AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);

        Assert.Contains("cloud metadata", decision.Message);
    }

    [Theory]
    [InlineData("2130706433")]
    [InlineData("0x7f000001")]
    [InlineData("127.1")]
    [InlineData("0177.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("[::1]")]
    public async Task AuthoriseAsync_LoopbackInsideAnAllowedRange_IsRefusedInAnySpelling(string typed)
    {
        var sut = CreateSut(new SequenceResolver(["10.1.2.3"]), options => options.AllowedHosts.AddRange(["0.0.0.0/0", "::/0"]));

        var decision = await sut.AuthoriseAsync(Alice, typed, CancellationToken.None);

        Assert.Equal(HostCheckRefusal.ForbiddenAddress, decision.Refusal);
    }

    [Fact]
    public async Task AuthoriseAsync_LoopbackAllowedExplicitly_IsAllowed()
    {
        var sut = CreateSut(new SequenceResolver(["127.0.0.1"]), options => options.AllowLoopback = true);

        var decision = await sut.AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);

        Assert.Equal(IPAddress.Loopback, decision.ConnectTo);
    }

    [Theory]
    [InlineData("169.254.10.1")]
    [InlineData("fe80::1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    public async Task AuthoriseAsync_NameResolvingToLinkLocalUnspecifiedOrMulticast_IsRefused(string address)
    {
        var decision = await CreateSut(new SequenceResolver([address])).AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);

        Assert.Equal(HostCheckRefusal.ForbiddenAddress, decision.Refusal);
    }

    [Fact]
    public async Task AuthoriseAsync_PortNotAllowed_IsRefusedWithoutLookup()
    {
        var resolver = new SequenceResolver(["10.1.2.3"]);

        var decision = await CreateSut(resolver).AuthoriseAsync(Alice, "rdp01.contoso.com:22", CancellationToken.None);

        Assert.Equal((HostCheckRefusal.PortNotAllowed, 0), (decision.Refusal, resolver.Lookups.Count));
    }

    [Fact]
    public async Task AuthoriseAsync_ConfiguredPort_IsTheOneChecked()
    {
        var sut = CreateSut(new SequenceResolver(["10.1.2.3"]), options => options.AllowedPorts = [3390]);

        var decision = await sut.AuthoriseAsync(Alice, "rdp01.contoso.com:3390", CancellationToken.None);

        Assert.Equal(3390, decision.Target?.Port);
    }

    [Fact]
    public async Task AuthoriseAsync_NameResolvingToNothing_IsRefused()
    {
        var decision = await CreateSut(new SequenceResolver(new string[][] { [] })).AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);

        Assert.Equal(HostCheckRefusal.NotResolved, decision.Refusal);
    }

    [Fact]
    public async Task AuthoriseAsync_UserNotInRole_IsRefusedWithoutLookup()
    {
        var resolver = new SequenceResolver(["10.1.2.3"]);

        var decision = await CreateSut(resolver).AuthoriseAsync(new CheckUser("mallory"), "rdp01.contoso.com", CancellationToken.None);

        Assert.Equal((HostCheckRefusal.UserNotAllowed, 0), (decision.Refusal, resolver.Lookups.Count));
    }

    [Fact]
    public async Task AuthoriseAsync_UserInAllowedGroup_IsAllowed()
    {
        var decision = await CreateSut(new SequenceResolver(["10.1.2.3"])).AuthoriseAsync(new CheckUser("bob", ["RDP-Support"]), "rdp01.contoso.com", CancellationToken.None);

        Assert.True(decision.IsAllowed, decision.Message);
    }

    [Fact]
    public async Task AuthoriseAsync_SixthCheckInAMinute_IsRefusedForThatUser()
    {
        var sut = CreateSut(new SequenceResolver(["10.1.2.3"]));
        for (var i = 0; i < 5; i++)
            await sut.AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);

        var decision = await sut.AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);

        Assert.Equal(HostCheckRefusal.UserRateLimited, decision.Refusal);
    }

    [Fact]
    public async Task AuthoriseAsync_AfterTheWindowSlides_AllowsTheUserAgain()
    {
        var sut = CreateSut(new SequenceResolver(["10.1.2.3"]));
        for (var i = 0; i < 5; i++)
            await sut.AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));

        var decision = await sut.AuthoriseAsync(Alice, "rdp01.contoso.com", CancellationToken.None);

        Assert.True(decision.IsAllowed, decision.Message);
    }

    [Fact]
    public async Task AuthoriseAsync_GlobalLimitReached_RefusesAnotherUser()
    {
        var sut = CreateSut(new SequenceResolver(["10.1.2.3"]), options => (options.ChecksPerUserPerWindow, options.ChecksPerWindow) = (2, 3));
        foreach (var id in new[] { "alice", "alice", "carol" })
            await sut.AuthoriseAsync(new CheckUser(id, ["rdp-support"]), "rdp01.contoso.com", CancellationToken.None);

        var decision = await sut.AuthoriseAsync(new CheckUser("carol", ["rdp-support"]), "rdp01.contoso.com", CancellationToken.None);

        Assert.Equal(HostCheckRefusal.GlobalRateLimited, decision.Refusal);
    }

    [Fact]
    public async Task AuthoriseAsync_AllowedCheck_IsAuditedWithWhoWhatWhenAndAddresses()
    {
        await CreateSut(new SequenceResolver(["10.1.2.3", "10.1.2.4"])).AuthoriseAsync(Alice, "RDP01.contoso.com", CancellationToken.None);

        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(
            ("alice", "rdp01.contoso.com", "10.1.2.3,10.1.2.4", true, _time.GetUtcNow()),
            (entry.UserId, entry.Host, string.Join(",", entry.Addresses), entry.Allowed, entry.When));
    }

    [Fact]
    public async Task AuthoriseAsync_RefusedCheck_IsAuditedWithTheReason()
    {
        await CreateSut(new SequenceResolver(["10.1.2.3"])).AuthoriseAsync(Alice, "rdp01.fabrikam.com", CancellationToken.None);

        var entry = Assert.Single(_audit.Entries);
        Assert.Equal((false, HostCheckRefusal.HostNotOnList), (entry.Allowed, entry.Refusal));
    }

    [Fact]
    public async Task AuthoriseAsync_GarbageTarget_IsAuditedAsInvalid()
    {
        await CreateSut(new SequenceResolver(["10.1.2.3"])).AuthoriseAsync(Alice, "999.1.1.1", CancellationToken.None);

        Assert.Equal(HostCheckRefusal.InvalidTarget, Assert.Single(_audit.Entries).Refusal);
    }

    [Theory]
    [InlineData("192.168.5.20")]
    [InlineData("rdp01.contoso.com")]
    public async Task AuthoriseAsync_AnAddressOfTheBotsOwnMachine_IsRefused(string typed)
    {
        var sut = CreateSut(new SequenceResolver(["192.168.5.20"]), machineAddresses: ["192.168.5.20"]);

        var decision = await sut.AuthoriseAsync(Alice, typed, CancellationToken.None);

        Assert.Equal(HostCheckRefusal.ForbiddenAddress, decision.Refusal);
        Assert.Contains("the bot's own machine", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthoriseAsync_AnAddressOfTheBotsOwnMachineWithLoopbackAllowed_IsAllowed()
    {
        var sut = CreateSut(new SequenceResolver(["192.168.5.20"]), options => options.AllowLoopback = true, machineAddresses: ["192.168.5.20"]);

        var decision = await sut.AuthoriseAsync(Alice, "192.168.5.20", CancellationToken.None);

        Assert.True(decision.IsAllowed, decision.Message);
    }

    private HostCheckPolicy CreateSut(IHostResolver resolver, Action<HostCheckOptions>? configure = null, string[]? machineAddresses = null)
    {
        var options = new HostCheckOptions
        {
            AllowedHosts = ["*.contoso.com", "192.168.5.0/24", "203.0.113.7"],
            AllowedUsers = ["alice", "rdp-support"],
        };
        configure?.Invoke(options);
        return new HostCheckPolicy(Options.Create(options), resolver, _audit, _time,
            new FixedMachineAddresses([.. (machineAddresses ?? []).Select(IPAddress.Parse)]));
    }
}

/// <summary>A machine with the given interface addresses.</summary>
internal sealed class FixedMachineAddresses(IReadOnlyList<IPAddress> addresses) : IMachineAddresses
{
    public IReadOnlyCollection<IPAddress> Current() => addresses;
}
