namespace RdpHelpBot.Bot.Watch;

/// <summary>The event types of certificate warnings, as webhooks name them.</summary>
internal static class WatchEventTypes
{
    public const string Expiring = "certificate.expiring";
    public const string Expired = "certificate.expired";
    public const string Renewed = "certificate.renewed";

    /// <summary>A self-signed certificate whose name is not the host's any more (a renamed computer keeps its old one).</summary>
    public const string NameMismatch = "certificate.name-mismatch";
    public const string Unreachable = "watch.unreachable";

    public static IReadOnlyList<string> All { get; } = [Expiring, Expired, Renewed, NameMismatch, Unreachable];
}

/// <summary>
/// One warning to send. <see cref="Key"/> is (host, address, certificate SHA-256, threshold): the outbox rows made from
/// it carry ids derived from it, so the same warning is never sent twice, whichever pass or instance finds it again.
/// </summary>
internal sealed record WatchNotification(
    string Type,
    string Key,
    string Host,
    int Port,
    DateTimeOffset At,
    string? Address = null,
    CertificateObservation? Certificate = null,
    int? Threshold = null,
    string? Problem = null,
    DateTimeOffset? Since = null)
{
    public int? DaysLeft => Certificate?.DaysLeftAt(At);
}
