using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>The troubleshooting conversation as the turn pipeline runs it: its dialogs and where they begin.</summary>
public sealed class TroubleshootingConversation(ConversationServices services) : IConversationDialogs
{
    public DialogSet Dialogs { get; } = ConversationDialogs.Create(services);

    public string RootDialogId => ConversationDialogs.RootDialogId;
}
