namespace RdpHelpBot.Bot.Watch;

/// <summary>One host as <c>watch list</c> shows it: its certificate as last seen, what that means now, and who hears about it.</summary>
internal sealed record WatchStatus(
    string Host,
    int Port,
    WatchSource Source,
    IReadOnlyList<string> Subscribers,
    string Status,
    string? Address,
    string? Subject,
    string? Issuer,
    bool? SelfSigned,
    DateTimeOffset? NotAfter,
    int? DaysLeft,
    string? Sha256,
    string? Sha1,
    DateTimeOffset? LastProbe,
    int? NextThreshold,
    DateTimeOffset? NextWarning,
    string? Problem)
{
    /// <summary>The subscribers the channel refuses for good, and who is warned in their place.</summary>
    public IReadOnlyList<WatchOwnerMark> Unreachable { get; init; } = [];

    public static WatchStatus Of(WatchedHost host, WatchHistory history, IReadOnlyList<int> thresholds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(history);
        var judged = history.Addresses
            .OrderBy(a => a.Value.Current.NotAfter).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => (Address: a.Key, History: a.Value)).FirstOrDefault();
        var certificate = judged.History?.Current;
        var next = certificate is { SelfSigned: false } && !certificate.IsExpiredAt(now)
            ? (host.Thresholds ?? thresholds).Where(days => certificate.NotAfter - now > TimeSpan.FromDays(days)).Select(days => (int?)days).Max()
            : null;
        return new WatchStatus(
            host.Host, host.Port, host.Source, host.Subscribers, StatusOf(history, certificate, judged.History, thresholds, host, now),
            judged.Address, certificate?.Subject, certificate?.Issuer, certificate?.SelfSigned, certificate?.NotAfter, certificate?.DaysLeftAt(now),
            certificate?.Sha256, certificate?.Sha1, history.LastProbe, next, next is { } days ? certificate!.NotAfter.AddDays(-days) : null,
            history.LastProblem);
    }

    private static string StatusOf(
        WatchHistory history, CertificateObservation? certificate, AddressHistory? address, IReadOnlyList<int> thresholds, WatchedHost host, DateTimeOffset now)
    {
        if (history.LastProbe is null)
            return "not checked yet";
        if (history.UnreachableSince is { } since)
            return $"cannot be checked since {since.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
        if (certificate is null)
            return "no certificate read";
        if (certificate.IsExpiredAt(now))
            return certificate.SelfSigned ? "expired self-signed certificate still served" : "expired";
        if (certificate.SelfSigned)
            return certificate.NameMatches ? "self-signed, renewed by Windows" : "self-signed for another name";
        var status = certificate.NotAfter - now <= TimeSpan.FromDays((host.Thresholds ?? thresholds).Max()) ? "expiring" : "ok";
        return address?.Pending is null ? status : $"{status}; a new certificate was seen once";
    }
}
