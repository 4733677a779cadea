namespace RdpHelpBot.Bot.Watch;

/// <summary>Where a watched host came from.</summary>
internal enum WatchSource
{
    Settings,
    CommandLine,
    Chat,
}

/// <summary>
/// A host in the watch inventory: its name (or address) and port, who hears about its certificate (addresses as
/// <c>channel:user</c> or <c>channel:conversation</c>, see <see cref="WatchSubscriber"/>), and its own thresholds
/// when they differ from <c>Watch:Thresholds</c>.
/// </summary>
internal sealed record WatchedHost(string Host, int Port, IReadOnlyList<string> Subscribers, WatchSource Source, DateTimeOffset Added)
{
    /// <summary>Days before expiry to warn at; null takes <c>Watch:Thresholds</c>.</summary>
    public IReadOnlyList<int>? Thresholds { get; init; }

    public string Id => IdOf(Host, Port);

    public static string IdOf(string host, int port) => $"{host.ToLowerInvariant()}:{port}";
}
