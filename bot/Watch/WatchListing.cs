using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// Every watched host as <c>watch list</c> shows it: its certificate as last seen, who hears about it, and which of
/// them the channel refuses for good (marked since the refusal) with who is warned in their place.
/// </summary>
internal sealed class WatchListing(IWatchStore store, WatchInventory inventory, WatchFallback fallback, IOptions<WatchOptions> options)
{
    public async Task<IReadOnlyList<WatchStatus>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var marked = (await store.ListRecipientsAsync(cancellationToken)).Where(r => r.UnreachableSince is not null).ToList();
        var rows = new List<WatchStatus>();
        foreach (var host in await inventory.ListAsync(cancellationToken))
        {
            var marks = new List<WatchOwnerMark>();
            foreach (var recipient in marked.Where(r => r.HostId == host.Id && host.Subscribers.Contains(r.Subscriber, StringComparer.Ordinal)))
            {
                var instead = await fallback.AddressAsync(host, recipient.Subscriber, cancellationToken);
                marks.Add(new WatchOwnerMark(recipient.Subscriber, recipient.UnreachableSince!.Value,
                    instead?.ConversationId is { } conversation ? WatchSubscriber.ForConversation(instead.ChannelId, conversation) : null));
            }
            rows.Add(WatchStatus.Of(host, await store.GetHistoryAsync(host.Id, cancellationToken), options.Value.Thresholds, now) with { Unreachable = marks });
        }
        return rows;
    }
}

/// <summary>
/// A subscriber of a host whom the channel refuses for good (the Teams app removed or the bot blocked): since when, and
/// the conversation warned in their place (null when none can be).
/// </summary>
internal sealed record WatchOwnerMark(string Subscriber, DateTimeOffset UnreachableSince, string? WarnedInstead);
