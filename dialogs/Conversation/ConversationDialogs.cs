using RdpHelpBot.Dialogs.Engine;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>Builds the troubleshooting conversation. Cheap and stateless: all case state lives in the dialog state.</summary>
public static class ConversationDialogs
{
    /// <summary>Stored with every conversation; bump it when a release changes the dialogs or the case state.</summary>
    public const string StateVersion = "conversation-1";

    public const string RootDialogId = DialogIds.Root;

    public static DialogSet Create(ConversationServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new DialogSet(StateVersion).Add(new RdpHelpDialog(new CaseServices(services)));
    }
}
