using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// Adds hosts to the watch and people to a host, on the host-check rules: a host must be one the bot may check,
/// and each subscriber a person who may have it checked.
/// </summary>
internal sealed class WatchSubscriptions(IWatchStore store, WatchInventory inventory, IServiceProvider services, IOptions<HostCheckOptions> checks, TimeProvider time)
{
    /// <summary>The host as it would be watched, or why it may not be.</summary>
    public WatchRequestCheck Check(string typed, int? port, IReadOnlyList<string> subscribers)
    {
        var parsed = HostTargetNormaliser.Normalise(typed);
        if (parsed.Target is not { } target)
            return WatchRequestCheck.Refused(parsed.Error!);
        if (port is not null && target.TypedPort is not null && port != target.TypedPort)
            return WatchRequestCheck.Refused($"'{typed}' names port {target.TypedPort}, and the port given is {port}.");
        if (services.GetService<HostCheckPolicy>() is not { } policy)
            return WatchRequestCheck.Refused("Host checks are off (Checks:AllowedHosts is empty), and the watch only watches hosts the bot may check.");
        var effectivePort = port ?? target.Port;
        var asTyped = WatchPass.Typed(new WatchedHost(target.Display, effectivePort, [], WatchSource.CommandLine, default));
        foreach (var subscriber in subscribers)
        {
            if (WatchSubscriber.Parse(subscriber) is not { } address)
                return WatchRequestCheck.Refused($"'{subscriber}' is not a subscriber: write CHANNEL:USER (slack:T0123:U0456) or CHANNEL:conversation:ID.");
            if (address.UserId is { } user && policy.WatchRefusal(User(user), asTyped) is { } refusal)
                return WatchRequestCheck.Refused(refusal);
        }
        if (policy.WatchRefusal(null, asTyped) is { } hostRefusal)
            return WatchRequestCheck.Refused(hostRefusal);
        return WatchRequestCheck.Allowed(target.Display, effectivePort);
    }

    /// <summary>Watches the host (or adds subscribers to it); the host as kept, or why not.</summary>
    public async Task<(WatchedHost? Host, string? Problem)> AddAsync(
        string typed, int? port, IReadOnlyList<string> subscribers, WatchSource source, IReadOnlyList<int>? thresholds, CancellationToken cancellationToken)
    {
        var check = Check(typed, port, subscribers);
        if (check.Problem is not null)
            return (null, check.Problem);
        var id = WatchedHost.IdOf(check.Host!, check.Port);
        var kept = await store.GetHostAsync(id, cancellationToken);
        var host = kept is null
            ? new WatchedHost(check.Host!, check.Port, [.. subscribers.Distinct(StringComparer.Ordinal)], source, time.GetUtcNow()) { Thresholds = thresholds }
            : kept with
            {
                Subscribers = [.. kept.Subscribers.Union(subscribers, StringComparer.Ordinal)],
                Thresholds = thresholds ?? kept.Thresholds,
            };
        await store.SaveHostAsync(host, cancellationToken);
        return (host, null);
    }

    /// <summary>Stops watching a host added by command or chat; a problem when it is not watched or comes from settings.</summary>
    public async Task<string?> RemoveAsync(string typed, int? port, CancellationToken cancellationToken)
    {
        var parsed = HostTargetNormaliser.Normalise(typed);
        if (parsed.Target is not { } target)
            return parsed.Error;
        var id = WatchedHost.IdOf(target.Display, port ?? target.Port);
        if (inventory.FromSettings().Any(host => host.Id == id))
            return $"{id} is watched because Watch:Hosts lists it; remove it there.";
        return await store.RemoveHostAsync(id, cancellationToken) ? null : $"{id} is not watched.";
    }

    private CheckUser User(string id) =>
        new(id, [.. checks.Value.Groups.Where(group => group.Value.Contains(id, StringComparer.Ordinal)).Select(group => group.Key)]);
}

/// <summary>Whether a host may be watched: where (its display name and port), or the problem in words.</summary>
internal sealed record WatchRequestCheck(string? Host, int Port, string? Problem)
{
    public static WatchRequestCheck Allowed(string host, int port) => new(host, port, null);

    public static WatchRequestCheck Refused(string problem) => new(null, 0, problem);
}
