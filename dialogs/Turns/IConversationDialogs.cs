using RdpHelpBot.Dialogs.Engine;

namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// The conversation the bot holds: its dialogs and the dialog a new conversation begins with. The host
/// registers exactly one; <see cref="DialogSet.Version"/> decides whether stored conversations can resume.
/// </summary>
public interface IConversationDialogs
{
    DialogSet Dialogs { get; }

    string RootDialogId { get; }
}
