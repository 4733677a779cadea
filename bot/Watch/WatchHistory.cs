namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// What the watch remembers of one host between passes: per address the certificate it counts down and a new one
/// waiting to be confirmed; since when the host cannot be probed; and the warnings already sent.
/// </summary>
internal sealed record WatchHistory
{
    public static WatchHistory Empty { get; } = new();

    public IReadOnlyDictionary<string, AddressHistory> Addresses { get; init; } = new Dictionary<string, AddressHistory>();

    /// <summary>The first pass of the current run of passes that read no certificate; null while the host can be probed.</summary>
    public DateTimeOffset? UnreachableSince { get; init; }

    public DateTimeOffset? LastProbe { get; init; }

    /// <summary>Why the last pass read no certificate (or from one of the addresses), in plain words.</summary>
    public string? LastProblem { get; init; }

    /// <summary>The keys of the warnings already sent for the certificates still remembered.</summary>
    public IReadOnlyList<string> Sent { get; init; } = [];
}

/// <summary>
/// One address: <see cref="Current"/> is the certificate counted down; <see cref="Pending"/> a different one seen on
/// <see cref="PendingPasses"/> passes in a row, taken as the renewal once seen on two.
/// </summary>
internal sealed record AddressHistory(CertificateObservation Current, CertificateObservation? Pending = null, int PendingPasses = 0);
