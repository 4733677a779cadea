using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Dialogs.Watch;

/// <summary>
/// Certificate warnings as people ask for them in the chat. The implementation owns the host-check rules (allow-list,
/// roles, address rules, audit): a person may only be warned about hosts they may have checked. Every answer is
/// what to tell them, in plain words.
/// </summary>
public interface ICertificateWatch
{
    /// <summary>Warns <paramref name="who"/> before the certificate of <paramref name="host"/> (as typed) expires, or says why not.</summary>
    Task<string> WatchAsync(WatchRequester who, string host, CancellationToken cancellationToken);

    /// <summary>Stops warning <paramref name="who"/> about <paramref name="host"/>, or says why not.</summary>
    Task<string> StopAsync(WatchRequester who, string host, CancellationToken cancellationToken);

    /// <summary>The hosts <paramref name="who"/> hears about, with what is known of each.</summary>
    Task<string> ListAsync(WatchRequester who, CancellationToken cancellationToken);

    /// <summary>Holds the warnings about one watched host for <paramref name="who"/>.</summary>
    Task<string> SnoozeAsync(WatchRequester who, WatchHostRef host, WatchSnooze snooze, CancellationToken cancellationToken);

    /// <summary>
    /// Whether to offer <paramref name="who"/> warnings for <paramref name="host"/>: host checks allow it for them and
    /// that host, they can be reached later, they do not hear about it yet, and they did not say no before.
    /// </summary>
    Task<bool> ShouldOfferAsync(WatchRequester who, string host, CancellationToken cancellationToken);

    /// <summary>Remembers that <paramref name="who"/> said no to warnings for <paramref name="host"/>: not offered again.</summary>
    Task DeclineOfferAsync(WatchRequester who, string host, CancellationToken cancellationToken);
}

/// <summary>
/// Who asks: the requester as host checks know them, and the conversation they wrote in (where a warning reaches them
/// on a channel without direct messages).
/// </summary>
public sealed record WatchRequester(CheckRequester Checker, string ConversationId);

/// <summary>A watched host as its warning names it: its name (or address) and port.</summary>
public sealed record WatchHostRef(string Host, int Port)
{
    /// <summary>The host as a check reads it: <c>name:port</c>, an IPv6 address in brackets.</summary>
    public string Typed => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    /// <summary>The host as people read it: the port only when it is not 3389.</summary>
    public string Display => Port == 3389 ? Host : $"{Host} (port {Port})";
}

/// <summary>How long a warning's <b>Snooze</b> holds the warnings about its host.</summary>
public enum WatchSnooze
{
    OneDay,
    SevenDays,
    UntilRenewed,
}
