using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Messages;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Sends outgoing messages to the bot's own Direct Line conversations (an address without a Connector's service
/// URL): the replies become bot activities in the conversation's history and on its stream.
/// </summary>
internal sealed class DirectLineMessenger(DirectLineConversations conversations, DirectLineTurns turns) : IChannelMessenger
{
    public bool Serves(ConversationAddress to) => to.ChannelId == DirectLineTurns.ChannelId && to.ServiceUrl is null;

    /// <summary>A Direct Line conversation has no threads.</summary>
    public HelpdeskThread? StartedThread(ConversationAddress to, string postedId) => null;

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message.To.ConversationId is not { } id || await conversations.FindAsync(id, cancellationToken) is not { } conversation)
            return new DeliveryResult(DeliveryOutcome.Permanent, "no such Direct Line conversation here (it was never started, or its history was purged)");
        await turns.SendAsync(conversation, message.Id, message.Replies, cancellationToken);
        return DeliveryResult.Delivered;
    }
}
