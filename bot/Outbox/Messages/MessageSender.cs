using RdpHelpBot.Bot.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Messages;

/// <summary>
/// Delivers outbox rows of kind <see cref="OutboxKinds.Message"/> through the messenger of their channel; a delivered
/// helpdesk card (<see cref="OutgoingMessage.ThreadOwner"/>) has the thread it started recorded on its case, and a
/// message with a <see cref="OutgoingMessage.Topic"/> whose recipient the channel refuses for good is handed to whoever
/// follows that topic up (<see cref="IGoneRecipients"/>).
/// </summary>
internal sealed class MessageSender(IEnumerable<IChannelMessenger> messengers, CaseThreads? threads = null, IEnumerable<IGoneRecipients>? gone = null) : IOutboxSender
{
    private readonly IReadOnlyList<IChannelMessenger> _messengers = [.. messengers];
    private readonly IReadOnlyList<IGoneRecipients> _gone = [.. gone ?? []];

    public string Kind => OutboxKinds.Message;

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (OutgoingMessage.FromRow(message) is not { } outgoing)
            return new DeliveryResult(DeliveryOutcome.Permanent, "the row's address or replies cannot be read");
        return await SendAsync(outgoing, cancellationToken);
    }

    /// <summary>Sends the message a row was just made from, without reading it back from the row.</summary>
    public async Task<DeliveryResult> SendAsync(OutgoingMessage outgoing, CancellationToken cancellationToken)
    {
        if (_messengers.FirstOrDefault(messenger => messenger.Serves(outgoing.To)) is not { } channel)
            return new DeliveryResult(DeliveryOutcome.Permanent, $"no channel sends to '{outgoing.To.ChannelId}' here (is it switched on?)");
        var result = await channel.SendAsync(outgoing, cancellationToken);
        if (result is { Outcome: DeliveryOutcome.Delivered, PostedId: { } posted } && outgoing.ThreadOwner is { } caseId && threads is not null
            && channel.StartedThread(outgoing.To, posted) is { } thread)
            await threads.RecordAsync(caseId, thread, cancellationToken);
        if (result is { Outcome: DeliveryOutcome.Permanent, RecipientGone: true } && outgoing.Topic is not null)
        {
            foreach (var follower in _gone)
                await follower.RecipientGoneAsync(outgoing, cancellationToken);
        }
        return result;
    }
}
