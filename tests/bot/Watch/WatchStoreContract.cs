using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

/// <summary>What every watch store must do; each engine's tests derive from this.</summary>
public abstract class WatchStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    internal abstract IWatchStore CreateSut();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListHostsAsync_TwoHostsAdded_ListsBothInTheOrderAddedWithEverything()
    {
        var store = CreateSut();
        var second = Host("rdp02.contoso.com", Now.AddMinutes(1)) with { Thresholds = [10, 2] };
        var first = Host("rdp01.contoso.com", Now);

        await store.SaveHostAsync(second, Ct);
        await store.SaveHostAsync(first, Ct);

        var listed = await store.ListHostsAsync(Ct);
        Assert.Equal(["rdp01.contoso.com:3389", "rdp02.contoso.com:3389"], listed.Select(h => h.Id));
        Assert.Equal([10, 2], listed[1].Thresholds!);
        Assert.Equal(["slack:T1:U1"], listed[1].Subscribers);
    }

    [Fact]
    public async Task SaveHostAsync_SameHostAgain_ReplacesIt()
    {
        var store = CreateSut();
        await store.SaveHostAsync(Host("rdp01.contoso.com", Now), Ct);

        await store.SaveHostAsync(Host("rdp01.contoso.com", Now) with { Subscribers = ["slack:T1:U1", "msteams:29:abc"] }, Ct);

        Assert.Equal(["slack:T1:U1", "msteams:29:abc"], Assert.Single(await store.ListHostsAsync(Ct)).Subscribers);
    }

    [Fact]
    public async Task RemoveHostAsync_KeptHost_IsGoneWithItsHistory()
    {
        var store = CreateSut();
        var host = Host("rdp01.contoso.com", Now);
        await store.SaveHostAsync(host, Ct);
        var lease = (await store.TryAcquireLeaseAsync("a", Now, Minute, Ct))!;
        await store.SaveHistoriesAsync(new Dictionary<string, WatchHistory> { [host.Id] = History() }, lease, Ct);

        var removed = await store.RemoveHostAsync(host.Id, Ct);

        Assert.True(removed);
        Assert.Null(await store.GetHostAsync(host.Id, Ct));
        Assert.Empty((await store.GetHistoryAsync(host.Id, Ct)).Sent);
    }

    [Fact]
    public async Task SaveRecipientAsync_SameHostAndSubscriberAgain_KeepsTheLatestChoiceOnly()
    {
        var store = CreateSut();
        await store.SaveRecipientAsync(new WatchRecipient("rdp01.contoso.com:3389", "slack:T1:U1") { SnoozedUntil = Now.AddDays(1), TimeZone = "Europe/Berlin" }, Ct);
        await store.SaveRecipientAsync(new WatchRecipient("rdp02.contoso.com:3389", "slack:T1:U1") { OfferDeclined = true }, Ct);

        await store.SaveRecipientAsync(new WatchRecipient("rdp01.contoso.com:3389", "slack:T1:U1") { SnoozedCertificate = "AB12", UnreachableSince = Now }, Ct);

        var kept = await store.ListRecipientsAsync(Ct);
        Assert.Equal(2, kept.Count);
        var first = Assert.Single(kept, r => r.HostId == "rdp01.contoso.com:3389");
        Assert.Equal((null, "AB12", null, Now), (first.SnoozedUntil, first.SnoozedCertificate, first.TimeZone, first.UnreachableSince));
        Assert.True(Assert.Single(kept, r => r.HostId == "rdp02.contoso.com:3389").OfferDeclined);
    }

    [Fact]
    public async Task RemoveHostAsync_UnknownHost_IsFalse() => Assert.False(await CreateSut().RemoveHostAsync("nowhere:3389", Ct));

    [Fact]
    public async Task GetHistoryAsync_SavedUnderTheLease_ReadsBackWhole()
    {
        var store = CreateSut();
        var lease = (await store.TryAcquireLeaseAsync("a", Now, Minute, Ct))!;
        var history = History();

        Assert.True(await store.SaveHistoriesAsync(new Dictionary<string, WatchHistory> { ["rdp01.contoso.com:3389"] = history }, lease, Ct));

        var read = await store.GetHistoryAsync("rdp01.contoso.com:3389", Ct);
        Assert.Equal(history.Sent, read.Sent);
        Assert.Equal((history.Addresses["10.0.0.5"], history.LastProbe), (read.Addresses["10.0.0.5"], read.LastProbe));
    }

    [Fact]
    public async Task GetHistoryAsync_SeveralHostsSavedTogether_ReadsBackEachOwn()
    {
        var store = CreateSut();
        var lease = (await store.TryAcquireLeaseAsync("a", Now, Minute, Ct))!;
        var later = History() with { LastProbe = Now.AddHours(1), Sent = [] };

        Assert.True(await store.SaveHistoriesAsync(
            new Dictionary<string, WatchHistory> { ["rdp01.contoso.com:3389"] = History(), ["rdp02.contoso.com:3389"] = later }, lease, Ct));

        Assert.Equal(Now, (await store.GetHistoryAsync("rdp01.contoso.com:3389", Ct)).LastProbe);
        Assert.Equal(Now.AddHours(1), (await store.GetHistoryAsync("rdp02.contoso.com:3389", Ct)).LastProbe);
    }

    [Fact]
    public async Task GetHistoryAsync_NeverSaved_IsEmpty() => Assert.Same(WatchHistory.Empty, await CreateSut().GetHistoryAsync("rdp01:3389", Ct));

    [Fact]
    public async Task TryAcquireLeaseAsync_HeldByAnother_IsRefusedUntilItExpires()
    {
        var store = CreateSut();
        await store.TryAcquireLeaseAsync("a", Now, Minute, Ct);

        var whileHeld = await store.TryAcquireLeaseAsync("b", Now.AddSeconds(59), Minute, Ct);
        var afterExpiry = await store.TryAcquireLeaseAsync("b", Now.AddSeconds(60), Minute, Ct);

        Assert.Null(whileHeld);
        Assert.Equal("b", afterExpiry?.Holder);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_EachGrant_HasAGreaterToken()
    {
        var store = CreateSut();
        var first = (await store.TryAcquireLeaseAsync("a", Now, Minute, Ct))!;
        await store.ReleaseLeaseAsync(first, Ct);

        var second = (await store.TryAcquireLeaseAsync("b", Now, Minute, Ct))!;

        Assert.True(second.Token > first.Token);
    }

    [Fact]
    public async Task RenewLeaseAsync_WhileHeld_KeepsOthersOutLonger()
    {
        var store = CreateSut();
        var lease = (await store.TryAcquireLeaseAsync("a", Now, Minute, Ct))!;

        var renewed = await store.RenewLeaseAsync(lease, Now.AddSeconds(50), Minute, Ct);

        Assert.Equal(Now.AddSeconds(110), renewed?.Expires);
        Assert.Null(await store.TryAcquireLeaseAsync("b", Now.AddSeconds(100), Minute, Ct));
    }

    [Fact]
    public async Task RenewLeaseAsync_TakenOverByAnother_IsLost()
    {
        var store = CreateSut();
        var stalled = (await store.TryAcquireLeaseAsync("a", Now, Minute, Ct))!;
        await store.TryAcquireLeaseAsync("b", Now.AddMinutes(2), Minute, Ct);

        Assert.Null(await store.RenewLeaseAsync(stalled, Now.AddMinutes(2), Minute, Ct));
    }

    [Fact]
    public async Task SaveHistoriesAsync_WithALeaseTakenOver_KeepsNothing()
    {
        var store = CreateSut();
        var stalled = (await store.TryAcquireLeaseAsync("a", Now, Minute, Ct))!;
        await store.TryAcquireLeaseAsync("b", Now.AddMinutes(2), Minute, Ct);

        var saved = await store.SaveHistoriesAsync(
            new Dictionary<string, WatchHistory> { ["rdp01.contoso.com:3389"] = History(), ["rdp02.contoso.com:3389"] = History() }, stalled, Ct);

        Assert.False(saved);
        Assert.Empty((await store.GetHistoryAsync("rdp01.contoso.com:3389", Ct)).Sent);
        Assert.Empty((await store.GetHistoryAsync("rdp02.contoso.com:3389", Ct)).Sent);
    }

    [Fact]
    public async Task ReleaseLeaseAsync_Released_AnotherMayTakeItAtOnce()
    {
        var store = CreateSut();
        var lease = (await store.TryAcquireLeaseAsync("a", Now, Minute, Ct))!;

        await store.ReleaseLeaseAsync(lease, Ct);

        Assert.Equal("b", (await store.TryAcquireLeaseAsync("b", Now, Minute, Ct))?.Holder);
    }

    private static WatchedHost Host(string name, DateTimeOffset added) => new(name, 3389, ["slack:T1:U1"], WatchSource.CommandLine, added);

    private static WatchHistory History() => new()
    {
        Addresses = new Dictionary<string, AddressHistory>
        {
            ["10.0.0.5"] = new(new CertificateObservation("AB", "CD", "CN=rdp01", "CN=CA", false, Now.AddDays(-300), Now.AddDays(65), true)),
        },
        LastProbe = Now,
        Sent = ["rdp01.contoso.com:3389|10.0.0.5|AB|30d"],
    };
}
