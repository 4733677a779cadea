using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Watch;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// Who is told instead when a person cannot be reached any more (the Teams app removed or the bot blocked): the host's
/// own conversation (<c>Watch:Hosts:N:Channel</c>) when it has one, which hears the warnings itself; else the helpdesk
/// channel (<c>Escalation:Teams</c> / <c>Escalation:Slack</c>).
/// </summary>
internal sealed class WatchFallback(IServiceProvider services)
{

    /// <summary>The host's own conversation that hears about it, other than <paramref name="subscriber"/>; null when it has none.</summary>
    public static ConversationAddress? HostConversation(WatchedHost host, string subscriber) =>
        host.Subscribers.Where(other => other != subscriber).Select(WatchSubscriber.Parse).FirstOrDefault(address => address?.ConversationId is not null);

    /// <summary>Where to say what <paramref name="subscriber"/> missed; null when nobody can be told.</summary>
    public async Task<ConversationAddress?> AddressAsync(WatchedHost? host, string subscriber, CancellationToken cancellationToken)
    {
        if (host is not null && HostConversation(host, subscriber) is { } conversation)
            return conversation;
        // Looked up when needed: the helpdesk channels' own services reach the outbox's senders, which reach this.
        foreach (var channel in services.GetServices<IHelpdeskChannel>())
        {
            if (await channel.AddressAsync(cancellationToken) is { } address)
                return address;
        }
        return null;
    }

    /// <summary>The words put before what the person missed.</summary>
    public static string Preface(string subscriber) =>
        $"{CannotReach(subscriber)}, so I'm telling you instead. They should have had this certificate warning:";

    /// <summary>
    /// What the host's own conversation is told instead of a copy of the warning, which it hears itself as a subscriber
    /// of the host (a copy would show it the same warning twice).
    /// </summary>
    public static string HostConversationNotice(string subscriber, WatchedHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return $"{CannotReach(subscriber)}. They no longer get the certificate warnings about " +
            $"{new WatchHostRef(host.Host, host.Port).Display}; this conversation gets each of them.";
    }

    private static string CannotReach(string subscriber)
    {
        var address = WatchSubscriber.Parse(subscriber);
        var who = address?.UserId is { } user ? $"the person {user}" : $"the conversation {address?.ConversationId ?? subscriber}";
        return $"I can't reach {who} in {address?.ChannelId ?? "their chat"} any more (the app was removed or the bot blocked)";
    }
}
