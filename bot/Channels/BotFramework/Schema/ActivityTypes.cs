namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>The activity types this bot handles or sends.</summary>
internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";
    public const string Typing = "typing";
    public const string MessageReaction = "messageReaction";
}
