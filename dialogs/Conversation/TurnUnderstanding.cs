using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Reads the user's message once per turn; interruptions, prompts and steps share the result. A message longer than
/// is read gets a first reply saying so.
/// </summary>
internal static class TurnUnderstanding
{
    private const string Key = "RdpHelpBot.Conversation.Understanding";

    public static Understanding Of(TurnContext turn, IUnderstander understander)
    {
        if (turn.Items.TryGetValue(Key, out var known) && known is Understanding understanding)
            return understanding;
        var read = turn.Text.Length == 0 ? Understanding.Nothing : understander.Understand(turn.Text);
        turn.Items[Key] = read;
        if (read.Unread > 0)
            _ = turn.SendAsync(new(ConversationTexts.NotAllRead(turn.Text.Length - read.Unread)));  // only queues the reply
        return read;
    }
}
