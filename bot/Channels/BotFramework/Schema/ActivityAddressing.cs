namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>Addresses an outgoing activity as the Bot Framework SDK's <c>CreateReply</c> does.</summary>
internal static class ActivityAddressing
{
    /// <summary>
    /// From the bot to the sender, in the same conversation, as a reply to the incoming activity — except a
    /// conversationUpdate on Direct Line or Web Chat, which has no message to reply to.
    /// </summary>
    public static Activity ReplyTo(this Activity content, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(incoming);
        var noReplyTo = incoming.Type == ActivityTypes.ConversationUpdate
            && incoming.ChannelId is "directline" or "webchat";
        return content with
        {
            Id = null,
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            From = incoming.Recipient,
            Recipient = incoming.From,
            Conversation = incoming.Conversation is { } conversation
                ? new ConversationAccount(conversation.Id)
                {
                    Name = conversation.Name,
                    IsGroup = conversation.IsGroup,
                    ConversationType = conversation.ConversationType,
                    TenantId = conversation.TenantId,
                }
                : null,
            Locale = content.Locale ?? incoming.Locale,
            ReplyToId = noReplyTo ? null : incoming.Id,
        };
    }
}
