using RdpHelpBot.Bot.Helpdesk;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// What an agent hub's <c>handoff.status</c> does to the case handed over in its Direct Line conversation:
/// <c>accepted</c> — the hub has it (claimed by "the agent hub"); <c>completed</c> — resolved; <c>failed</c> — it waits
/// for the helpdesk again (and its timers: a reminder, a ticket). The user is told in the conversation.
/// </summary>
internal sealed class DirectLineHandoffs(ICaseStore cases, CaseChanges changes, TimeProvider time)
{
    public static readonly HelpdeskAgent AgentHub = new("directline:agent-hub", "the agent hub");

    private const int MaxAttempts = 3;

    /// <summary>Whether <paramref name="state"/> is one the protocol defines.</summary>
    public static bool IsKnownState(string state) => state is "accepted" or "completed" or "failed";

    /// <summary>Applies <paramref name="state"/> to the conversation's live case; false when it has none.</summary>
    public async Task<bool> ApplyAsync(DirectLineConversation conversation, string state, CancellationToken cancellationToken)
    {
        var key = new ConversationKey(DirectLineTurns.ChannelId, conversation.Id);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await cases.FindLiveAsync(key, cancellationToken) is not { } live || live.UserConversation != key)
                return false;
            var (updated, text) = Change(live, state, time.GetUtcNow());
            var message = new OutgoingMessage(
                $"handoff-{state}:{live.CaseId}:{live.Version}", ConversationAddress.Conversation(DirectLineTurns.ChannelId, conversation.Id), [new Reply(text)]);
            if (await changes.TrySaveAsync(live, updated, [message], alongside: null, cancellationToken))
                return true;
        }
        // Changed under us every time: the hub's status still stands as posted, and the case as the last change left it.
        return true;
    }

    private static (HelpdeskCase Updated, string Text) Change(HelpdeskCase live, string state, DateTimeOffset now) => state switch
    {
        "accepted" => (live with { State = CaseState.Claimed, Agent = AgentHub, Claimed = now, LastActivity = now },
            "Someone from the helpdesk has taken your case and will answer here."),
        "completed" => (live with { State = CaseState.Resolved, Ended = now, LastActivity = now },
            "The helpdesk has finished with your case; you're back with me. If you still can't connect, tell me the error you see."),
        _ => (live with { State = CaseState.Waiting, Agent = null, Claimed = null, LastActivity = now },
            "The helpdesk's chat could not take your case, so it waits for the helpdesk; you'll hear here what happens next."),
    };
}
