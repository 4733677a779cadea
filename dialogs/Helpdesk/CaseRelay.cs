using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// The user's side of a live case: what they write goes to the case's threads (while it waits too, so the agent who
/// claims it reads it), and "back to the bot" ends the hand-over. The bot does not diagnose meanwhile.
/// </summary>
internal sealed class CaseRelay
{
    private static readonly string[] BackToBotPhrases =
    [
        "back to the bot", "back to bot", "go back to the bot", "talk to the bot", "let the bot help", "continue with the bot", "return to the bot",
    ];

    public async Task HandleAsync(TurnContext turn, HelpdeskCase live, CancellationToken cancellationToken)
    {
        var now = turn.Time.GetUtcNow();
        var user = live.UserName ?? turn.UserName ?? "The user";
        if (IsBackToBot(turn.Text))
        {
            var back = new CaseEffects(turn, live, "back");
            var ended = live with { State = CaseState.ReturnedToBot, Ended = now, LastActivity = now };
            back.Save(ended);
            back.ToThreads(HelpdeskTexts.UserWentBack(user));
            back.UpdateCards(ended);
            back.Audit($"user:{live.UserConversation.ChannelId}:{live.UserId}", live.UserName, "back-to-bot", allowed: true);
            await turn.SendAsync(new Reply(HelpdeskTexts.BackWithBot), cancellationToken);
            return;
        }
        if (turn.Text.Length == 0)
        {
            await turn.SendAsync(new Reply(live.State == CaseState.Claimed ? HelpdeskTexts.WithAgentAlready : HelpdeskTexts.AddedWhileWaiting), cancellationToken);
            return;
        }
        var relay = new CaseEffects(turn, live, "from-user");
        relay.Save(live with { LastActivity = now, WaitingAcknowledged = live.WaitingAcknowledged || live.State == CaseState.Waiting });
        relay.ToThreads(HelpdeskTexts.Relayed(user, turn.Text));
        if (live.State == CaseState.Waiting && !live.WaitingAcknowledged)
            await turn.SendAsync(new Reply(HelpdeskTexts.AddedWhileWaiting), cancellationToken);
    }

    internal static bool IsBackToBot(string text)
    {
        var said = text.Trim().TrimEnd('.', '!', '?').Trim();
        return BackToBotPhrases.Any(phrase => said.Equals(phrase, StringComparison.OrdinalIgnoreCase)
            || said.Contains(phrase, StringComparison.OrdinalIgnoreCase) && said.Length <= phrase.Length + 20);
    }
}
