namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// What one person (or conversation) who hears about one host chose or is known by: a snooze, an offer of warnings
/// declined, the time zone their quiet hours and digest are read in, and since when the channel refuses to reach them.
/// </summary>
internal sealed record WatchRecipient(string HostId, string Subscriber)
{
    public string Id => IdOf(HostId, Subscriber);

    /// <summary>No warnings about the host reach them before this time.</summary>
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>No warnings about the host reach them while it serves the certificate with this SHA-256 ("until renewed").</summary>
    public string? SnoozedCertificate { get; init; }

    /// <summary>They said no to "Shall I warn you before this host's certificate expires?": not asked again.</summary>
    public bool OfferDeclined { get; init; }

    /// <summary>Their IANA or Windows time zone id, when their channel told it.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Since when their channel refuses messages to them (the Teams app removed or the bot blocked); null while it takes them.</summary>
    public DateTimeOffset? UnreachableSince { get; init; }

    public static string IdOf(string hostId, string subscriber) => $"{hostId}|{subscriber}";
}
