using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

public sealed class WatchJudgeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<int> Thresholds = [30, 14, 7, 3, 1];

    private readonly FakeTimeProvider _time = new(Start);
    private readonly WatchedHost _host = new("rdp01.contoso.com", 3389, [], WatchSource.Settings, Start);
    private WatchHistory _history = WatchHistory.Empty;

    [Fact]
    public void Judge_CaCertificateWatchedDayByDay_WarnsOncePerThresholdThenOnceExpired()
    {
        var certificate = Issued("a", Start.AddDays(40).AddHours(1));

        var sent = EveryDay(50, _ => [Seen("10.0.0.5", certificate)]);

        Assert.Equal(
            ["certificate.expiring 30 (29 days left)", "certificate.expiring 14 (13 days left)", "certificate.expiring 7 (6 days left)",
             "certificate.expiring 3 (2 days left)", "certificate.expiring 1 (0 days left)", "certificate.expired"],
            sent.Select(Describe));
    }

    [Fact]
    public void Judge_CaCertificateFirstSeenFiveDaysOut_WarnsAtTheMostUrgentThresholdOnly()
    {
        var certificate = Issued("a", Start.AddDays(5).AddHours(1));

        var sent = EveryDay(1, _ => [Seen("10.0.0.5", certificate)]);

        Assert.Equal(["certificate.expiring 7 (5 days left)"], sent.Select(Describe));
    }

    [Fact]
    public void Judge_WatchedEverySixHours_StillWarnsOncePerThreshold()
    {
        var certificate = Issued("a", Start.AddDays(8));

        var sent = Every(TimeSpan.FromHours(6), 4 * 10, _ => [Seen("10.0.0.5", certificate)]);

        // Exactly 7 days left crosses the 7-day threshold.
        Assert.Equal(["certificate.expiring 14 (8 days left)", "certificate.expiring 7 (7 days left)", "certificate.expiring 3 (3 days left)",
            "certificate.expiring 1 (1 days left)", "certificate.expired"], sent.Select(Describe));
    }

    [Fact]
    public void Judge_PerHostThresholds_OverrideTheDefaults()
    {
        var host = _host with { Thresholds = [10] };
        var certificate = Issued("a", Start.AddDays(20).AddHours(1));

        var sent = EveryDay(15, _ => [Seen("10.0.0.5", certificate)], host);

        Assert.Equal(["certificate.expiring 10 (9 days left)"], sent.Select(Describe));
    }

    [Fact]
    public void Judge_RenewedCertificate_SaysSoOnceAfterTwoPassesAndCountsTheNewOneAfresh()
    {
        var old = Issued("old", Start.AddDays(10).AddHours(1));
        var renewed = Issued("new", Start.AddDays(40).AddHours(1));

        var sent = EveryDay(20, day => [Seen("10.0.0.5", day < 3 ? old : renewed)]);

        Assert.Equal(
            ["certificate.expiring 14 (10 days left) old", "certificate.renewed new", "certificate.expiring 30 (29 days left) new"],
            sent.Select(n => $"{Describe(n)} {n.Certificate!.Sha256}"));
    }

    [Fact]
    public void Judge_NewCertificateSeenOnce_IsNotYetARenewal()
    {
        var old = Issued("old", Start.AddDays(60));
        var renewed = Issued("new", Start.AddDays(400));

        var sent = EveryDay(2, day => [Seen("10.0.0.5", day == 0 ? old : renewed)]);

        Assert.Empty(sent);
    }

    [Fact]
    public void Judge_LoadBalancerServingTwoCertificatesInTurn_NeverSaysRenewedAndKeepsCountingTheFirst()
    {
        var first = Issued("first", Start.AddDays(20).AddHours(1));
        var second = Issued("second", Start.AddDays(300));

        var sent = EveryDay(12, day => [Seen("10.0.0.5", day % 2 == 0 ? first : second)]);

        Assert.Equal(["certificate.expiring 30 (20 days left) first", "certificate.expiring 14 (13 days left) first"],
            sent.Select(n => $"{Describe(n)} {n.Certificate!.Sha256}"));
    }

    [Fact]
    public void Judge_TwoAddresses_TheEarliestExpiryIsJudged()
    {
        var later = Issued("later", Start.AddDays(200));
        var sooner = Issued("sooner", Start.AddDays(5).AddHours(1));

        var sent = EveryDay(1, _ => [Seen("10.0.0.5", later), Seen("10.0.0.6", sooner)]);

        Assert.Equal(("10.0.0.6", "sooner"), (Assert.Single(sent).Address, sent[0].Certificate!.Sha256));
    }

    [Fact]
    public void Judge_TwoAddressesServingTheSameRenewal_SaysRenewedOnce()
    {
        var old = Issued("old", Start.AddDays(20));
        var renewed = Issued("new", Start.AddDays(400));

        var sent = EveryDay(4, day => [Seen("10.0.0.5", day == 0 ? old : renewed), Seen("10.0.0.6", day == 0 ? old : renewed)]);

        Assert.Single(sent, n => n.Type == WatchEventTypes.Renewed);
    }

    [Fact]
    public void Judge_SelfSignedCertificateCountingDown_SaysNothingUntilItExpires()
    {
        var certificate = SelfSigned("a", Start.AddDays(20).AddHours(1));

        var sent = EveryDay(20, _ => [Seen("10.0.0.5", certificate)]);

        Assert.Empty(sent);
    }

    [Fact]
    public void Judge_ExpiredSelfSignedCertificateStillServed_WarnsOnce()
    {
        var certificate = SelfSigned("a", Start.AddDays(2));

        var sent = EveryDay(10, _ => [Seen("10.0.0.5", certificate)]);

        Assert.Equal(["certificate.expired"], sent.Select(Describe));
    }

    [Fact]
    public void Judge_SelfSignedCertificateForAnotherName_WarnsOnceThatTheNameIsStale()
    {
        var certificate = SelfSigned("a", Start.AddDays(150)) with { NameMatches = false };

        var sent = EveryDay(10, _ => [Seen("10.0.0.5", certificate)]);

        Assert.Equal(["certificate.name-mismatch"], sent.Select(Describe));
    }

    [Fact]
    public void Judge_SelfSignedCertificateRegeneratedByWindows_IsNotNews()
    {
        var old = SelfSigned("old", Start.AddDays(3));
        var regenerated = SelfSigned("new", Start.AddDays(180));

        var sent = EveryDay(6, day => [Seen("10.0.0.5", day < 2 ? old : regenerated)]);

        Assert.Empty(sent);
    }

    [Fact]
    public void Judge_ExpiredSelfSignedCertificateReplacedAtLast_SaysRenewed()
    {
        var old = SelfSigned("old", Start.AddDays(1));
        var regenerated = SelfSigned("new", Start.AddDays(180));

        var sent = EveryDay(6, day => [Seen("10.0.0.5", day < 3 ? old : regenerated)]);

        Assert.Equal(["certificate.expired", "certificate.renewed"], sent.Select(Describe));
    }

    [Fact]
    public void Judge_HostUnreachableForTwoDays_SaysOnceItCannotBeChecked()
    {
        var sent = Every(TimeSpan.FromHours(6), 4 * 3, _ => [new AddressObservation("10.0.0.5", null, "the connection was refused")]);

        var notice = Assert.Single(sent);
        Assert.Equal((WatchEventTypes.Unreachable, Start.AddHours(24), "the connection was refused"), (notice.Type, notice.At, notice.Problem));
    }

    [Fact]
    public void Judge_HostUnreachable_GivesNoCertificateWarningFromWhatItServedBefore()
    {
        var certificate = Issued("a", Start.AddDays(31));

        var sent = EveryDay(5, day => day == 0 ? [Seen("10.0.0.5", certificate)] : [new AddressObservation("10.0.0.5", null, "timed out")]);

        Assert.Equal([WatchEventTypes.Unreachable], sent.Select(n => n.Type));
    }

    [Fact]
    public void Judge_HostBackThenUnreachableAgain_SaysSoAgainForTheNewOutage()
    {
        var certificate = Issued("a", Start.AddDays(300));

        var sent = EveryDay(8, day => day is 3 ? [Seen("10.0.0.5", certificate)] : [new AddressObservation("10.0.0.5", null, "timed out")]);

        Assert.Equal([Start.AddDays(1), Start.AddDays(5)], sent.Select(n => n.At));
    }

    [Fact]
    public void Judge_UnreachableForLessThanTheLimit_SaysNothing()
    {
        var sent = Every(TimeSpan.FromHours(6), 4, _ => [new AddressObservation("10.0.0.5", null, "timed out")]);

        Assert.Empty(sent);
    }

    [Fact]
    public void Judge_SameWarningJudgedAgainFromTheSameHistory_HasTheSameKey()
    {
        var certificate = Issued("a", Start.AddDays(5));
        var observation = new HostObservation(Start, [Seen("10.0.0.5", certificate)]);

        var first = WatchJudge.Judge(_host, observation, WatchHistory.Empty, Thresholds, TimeSpan.FromHours(24));
        var again = WatchJudge.Judge(_host, observation with { At = Start.AddHours(6) }, WatchHistory.Empty, Thresholds, TimeSpan.FromHours(24));

        Assert.Equal(first.Notifications.Single().Key, again.Notifications.Single().Key);
    }

    private List<WatchNotification> EveryDay(int days, Func<int, IReadOnlyList<AddressObservation>> seen, WatchedHost? host = null) =>
        Every(TimeSpan.FromDays(1), days, seen, host);

    private List<WatchNotification> Every(TimeSpan step, int passes, Func<int, IReadOnlyList<AddressObservation>> seen, WatchedHost? host = null)
    {
        var sent = new List<WatchNotification>();
        for (var pass = 0; pass < passes; pass++)
        {
            var judgement = WatchJudge.Judge(host ?? _host, new HostObservation(_time.GetUtcNow(), seen(pass)), _history, Thresholds, TimeSpan.FromHours(24));
            _history = judgement.Next;
            sent.AddRange(judgement.Notifications);
            _time.Advance(step);
        }
        return sent;
    }

    private static string Describe(WatchNotification n) =>
        n.Type == WatchEventTypes.Expiring ? $"{n.Type} {n.Threshold} ({n.DaysLeft} days left)" : n.Type;

    private static AddressObservation Seen(string address, CertificateObservation certificate) => new(address, certificate);

    private static CertificateObservation Issued(string sha, DateTimeOffset notAfter) =>
        new(sha, sha + "-sha1", "CN=rdp01.contoso.com", "CN=Contoso Issuing CA", false, notAfter.AddYears(-1), notAfter, true);

    private static CertificateObservation SelfSigned(string sha, DateTimeOffset notAfter) =>
        new(sha, sha + "-sha1", "CN=rdp01.contoso.com", "CN=rdp01.contoso.com", true, notAfter.AddMonths(-6), notAfter, true);
}
