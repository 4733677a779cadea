using RdpHelpBot.Dialogs.Conversation.Case;
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

    /// <summary>
    /// Reads the message where a turn first looks at it, so an understander that asks a service waits for it there;
    /// the open case's pending question is the one on screen, which the message may answer. A case that keeps how
    /// its description reads is not compared with the known reports again.
    /// </summary>
    public static async ValueTask<Understanding> ReadAsync(
        TurnContext turn, IUnderstander understander, CaseFile? openCase, CancellationToken cancellationToken)
    {
        if (Known(turn) is { } understanding)
            return understanding;
        var request = new UnderstandingRequest(
            turn.Text, turn.ConversationId, openCase?.PendingQuestion, CompareWithReports: openCase is not { Evidence.Resemblance.Count: > 0 });
        var read = turn.Text.Length == 0 ? Understanding.Nothing : await understander.UnderstandAsync(request, cancellationToken);
        return Keep(turn, read);
    }

    public static Understanding Of(TurnContext turn, IUnderstander understander) =>
        Known(turn) ?? Keep(turn, turn.Text.Length == 0 ? Understanding.Nothing : understander.Understand(turn.Text));

    private static Understanding? Known(TurnContext turn) =>
        turn.Items.TryGetValue(Key, out var known) ? known as Understanding : null;

    private static Understanding Keep(TurnContext turn, Understanding read)
    {
        turn.Items[Key] = read;
        if (read.Unread > 0)
            _ = turn.SendAsync(new(ConversationTexts.NotAllRead(turn.Text.Length - read.Unread)));  // only queues the reply
        return read;
    }
}
