using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Watch;

/// <summary>The hosts watched: those in <c>Watch:Hosts</c> first, then those added by command or chat.</summary>
internal sealed class WatchInventory(IWatchStore store, IOptions<WatchOptions> options)
{
    public async Task<IReadOnlyList<WatchedHost>> ListAsync(CancellationToken cancellationToken)
    {
        var configured = FromSettings();
        var stored = await store.ListHostsAsync(cancellationToken);
        // A host both in settings and added later keeps the settings' entry, with the subscribers of both.
        var merged = configured.Select(host => stored.FirstOrDefault(kept => kept.Id == host.Id) is { } kept
            ? host with { Subscribers = [.. host.Subscribers.Union(kept.Subscribers, StringComparer.Ordinal)] }
            : host);
        return [.. merged, .. stored.Where(kept => configured.All(host => host.Id != kept.Id))];
    }

    public IReadOnlyList<WatchedHost> FromSettings() =>
        [.. options.Value.Hosts.Select(setting =>
        {
            var target = HostTargetNormaliser.Normalise(setting.Host ?? "").Target!;
            IEnumerable<string> subscribers = setting.Channel is { } channel ? [.. setting.Owners, ToConversation(channel)] : setting.Owners;
            return new WatchedHost(target.Display, setting.Port ?? HostTarget.DefaultPort, [.. subscribers], WatchSource.Settings, DateTimeOffset.UnixEpoch)
            {
                Thresholds = setting.Thresholds,
            };
        })];

    private static string ToConversation(string channel)
    {
        var address = WatchSubscriber.Parse(channel)!;
        return WatchSubscriber.ForConversation(address.ChannelId, address.ConversationId ?? address.UserId!);
    }
}
