using RdpHelpBot.Dialogs.Engine;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Marks a turn in which the case's evidence changed outside the question that waits (a host check): the symptom
/// questions or the fixes, whichever is active, start their step again instead of taking the message as an answer.
/// </summary>
internal static class CaseReplan
{
    private const string Key = "RdpHelpBot.Conversation.Replan";

    public static void Request(TurnContext turn) => turn.Items[Key] = true;

    /// <summary>True once per marked turn; the dialog that takes it starts over.</summary>
    public static bool TryTake(TurnContext turn) => turn.Items.Remove(Key);
}
