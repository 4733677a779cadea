using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Channels.Inbound;

/// <summary>
/// What the channels have acknowledged and must still act on. A channel answers its caller as soon as an item is
/// kept here, runs the turn afterwards and marks the item handled in the turn's own transaction; items a stopped
/// process never handled are run again at the next start. Kept items are also the channel's memory of what it has
/// received, so a redelivery of one is recognised and runs nothing twice. An item is held by the instance that runs it
/// (<see cref="InboundClaim"/>): another instance sharing the store takes it only once that claim has run out.
/// </summary>
internal interface IInboundStore
{
    /// <summary>Keeps <paramref name="item"/>, held by <paramref name="claim"/>; false when its channel and id were received before (a redelivery).</summary>
    Task<bool> AcceptAsync(InboundItem item, InboundClaim claim, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets an item that was accepted but could not be taken after all (the work queue was full), so that the
    /// channel's retry of it is accepted as new rather than taken for a redelivery.
    /// </summary>
    Task ReleaseAsync(string channel, string id, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the item handled, written in the transaction of the turn that handled it, while <paramref name="owner"/>
    /// still holds it. Once another instance has taken it over (this one could not renew its claim in time), the
    /// transaction fails with <see cref="InboundClaimLostException"/> and nothing of the turn is kept: not its state,
    /// not its replies; the taker's turn answers instead.
    /// </summary>
    IStateWriteParticipant Handled(string channel, string id, string owner);

    /// <summary>Marks the item handled on its own (no turn ran) while <paramref name="owner"/> still holds it; nothing otherwise.</summary>
    Task MarkHandledAsync(string channel, string id, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// After a failed turn: ends <see cref="InboundClaim.Owner"/>'s hold on the item (renewals no longer keep it), so
    /// that any instance takes it again from <see cref="InboundClaim.Until"/>; an item run
    /// <see cref="InboundItem.MaxStarts"/> times in all is given up instead (marked handled).
    /// </summary>
    Task<InboundRetry> RetryLaterAsync(string channel, string id, InboundClaim claim, CancellationToken cancellationToken);

    /// <summary>
    /// The channel's items that were accepted and never handled and that nobody holds (never claimed, or the claim ran
    /// out at <see cref="InboundClaim.Now"/>: its instance stopped), oldest first, each now held by
    /// <paramref name="claim"/> and counted as a start; an item started <see cref="InboundItem.MaxStarts"/> times is
    /// given up on (it is returned no more). Two instances taking at once never get the same item.
    /// </summary>
    Task<IReadOnlyList<InboundItem>> TakeUnhandledAsync(string channel, int limit, InboundClaim claim, CancellationToken cancellationToken);

    /// <summary>Extends every claim <see cref="InboundClaim.Owner"/> holds on an unhandled item to <see cref="InboundClaim.Until"/>.</summary>
    Task RenewAsync(InboundClaim claim, CancellationToken cancellationToken);

    /// <summary>Forgets items received before <paramref name="cutoff"/>, handled or not; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>An instance's hold on the inbound items it runs, from <paramref name="Now"/> until <paramref name="Until"/>.</summary>
/// <param name="Owner">The running instance (machine, process and a random part), never the same for two processes.</param>
internal sealed record InboundClaim(string Owner, DateTimeOffset Now, DateTimeOffset Until);

/// <summary>An activity, event or click as its channel received it.</summary>
/// <param name="Channel">The channel that received it, e.g. <c>msteams</c> or <c>slack</c>.</param>
/// <param name="Id">The channel's id for it (what a redelivery repeats).</param>
/// <param name="ConversationKey">The conversation whose turns it joins, to keep their order when it is run again.</param>
/// <param name="Payload">What the channel needs to run it again, as the channel wrote it.</param>
internal sealed record InboundItem(string Channel, string Id, string ConversationKey, string Payload, DateTimeOffset Received)
{
    /// <summary>An item whose turn failed, or stopped the process, this often is not run again.</summary>
    public const int MaxStarts = 3;
}

/// <summary>What became of an item whose turn failed.</summary>
internal enum InboundRetry
{
    /// <summary>It is run again once the back-off has passed.</summary>
    Later,

    /// <summary>It was run as often as it may be, and is marked handled.</summary>
    GivenUp,

    /// <summary>Another instance holds it (it took it over), or it was handled meanwhile: nothing was changed.</summary>
    NotHeld,
}

/// <summary>
/// An inbound item's turn could not be kept because another instance took the item over while it ran (this one could
/// not renew its claim for a whole <see cref="Storage.StorageOptions.InboundClaimTimeout"/>); that instance answers it.
/// </summary>
internal sealed class InboundClaimLostException(string channel, string id)
    : Exception($"Another instance took over the {channel} inbound item this turn answers.")
{
    public string Channel { get; } = channel;

    public string Id { get; } = id;
}
