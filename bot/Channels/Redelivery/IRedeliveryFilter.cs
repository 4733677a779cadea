namespace RdpHelpBot.Bot.Channels.Redelivery;

/// <summary>
/// What the channels have received lately, so a channel's redelivery of the same event, activity or click runs
/// nothing twice. Keys are kept per channel; a store can keep them instead of memory so that several instances
/// of the bot share them.
/// </summary>
internal interface IRedeliveryFilter
{
    /// <summary>True the first time the key arrives within <paramref name="window"/>; false for a redelivery.</summary>
    ValueTask<bool> FirstSightingAsync(RedeliveryKey key, TimeSpan window, CancellationToken cancellationToken);
}

/// <summary>An id as the channel that sent it names it (a Slack event id, a Bot Framework activity id).</summary>
internal sealed record RedeliveryKey(string Channel, string Id);
