using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>
/// Once a ticket system has the case, tells the user its number in the conversation the case was handed over in: one
/// outgoing message per case and system, its id derived from both, so a redelivered ticket row does not say it twice.
/// </summary>
/// <remarks>
/// The message is kept as an outbox row directly, as the proactive messenger's queue does: the messenger sends through
/// the outbox delivery, which is made of the senders, this one among them.
/// </remarks>
internal sealed class TicketNoticeSender(
    IOutboxSender inner, string system, ITicketLog tickets, ConversationAddresses addresses, IOutboxStore store, TimeProvider time) : IOutboxSender
{
    public string Kind => inner.Kind;

    public static string MessageId(string caseId, string system) => $"ticket_notice_{caseId}_{system}";

    public static string Text(string number) => $"Your ticket is {number} — the helpdesk has everything we found.";

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var result = await inner.SendAsync(message, cancellationToken);
        if (result.Outcome != DeliveryOutcome.Delivered
            || TicketPayload.Read(message) is not { ConversationId: { Length: > 0 } conversationId } packet
            || await TicketPayload.KnownAsync(tickets, packet.CaseId, system, cancellationToken) is not { } ticket)
            return result;

        var to = await addresses.ResolveAsync(new ConversationKey(packet.User.Channel, conversationId), cancellationToken);
        var notice = new OutgoingMessage(MessageId(packet.CaseId, system), to, [new Reply(Text(ticket.Number))]);
        var now = time.GetUtcNow();
        await store.AddAsync([notice.ToRow(now, now)], transaction: null, cancellationToken);
        return result;
    }
}
