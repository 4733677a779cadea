namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>What the helpdesk side says, to agents in a case's thread and to the user.</summary>
internal static class HelpdeskTexts
{
    public const string NotLive = "This case is no longer waiting or live: it was resolved, closed, or the user went back to the bot.";

    public const string NotAnAgent =
        "Only helpdesk agents can do that. An administrator can add you to Escalation:Agents (your id or a group from Checks:Groups).";

    public const string ClaimFirst = "Not sent to the user: claim the case first, then what you write here goes to them.";

    public const string NoTicketSystem = "No ticket system is configured (Escalation:ServiceNow or Escalation:Jira), so no ticket can be opened.";

    public const string NotClaimed = "The case is not claimed, so there is nothing to release.";

    public const string TransferWhom = "Transfer to whom? Write `transfer @someone` (or their id, e.g. `transfer T0123:U0456`).";

    public const string AddedWhileWaiting =
        "I've added that to your case. An agent will see it when they pick the case up, and will answer you here.";

    public const string WithAgentAlready = "An agent has your case; write here and they will see it.";

    public const string BackWithBot = "You're back with me; the helpdesk has been told. What's happening with your connection now?";

    public static string AlreadyClaimed(HelpdeskAgent agent) => $"Already claimed by {agent.Name}.";

    public const string YouHaveIt = "You already have this case.";

    public static string Claimed(string agent) =>
        $"You have the case, {agent}. What you write in this thread goes to the user as “{agent}: …”; lines starting with // stay here. " +
        "When you're done: `resolve [fix-id] [note]`, `release` (back to the queue) or `transfer @someone`.";

    public static string ClaimedForUser(string agent) =>
        $"{agent} from the helpdesk has your case and will answer you here. Say “back to the bot” at any time to carry on with me instead.";

    public static string HeldByOther(HelpdeskAgent holder) => $"Not sent to the user: {holder.Name} has the case.";

    public static string Relayed(string from, string text) => $"{from}: {text}";

    public static string ResolvedForThread => "Resolved. The user has been told and asked for a rating.";

    public static string ResolvedForUser(string agent, string? note) =>
        note is { Length: > 0 } ? $"{agent} resolved your case: {note}" : $"{agent} resolved your case.";

    public const string BackAfterAgent = "I'm here again if anything else comes up.";

    public static string Released(string agent) => $"Released by {agent}: the case is waiting for an agent again.";

    public const string ReleasedForUser = "Your case is back in the helpdesk's queue; the next free agent will answer you here.";

    public static string NotAnAgentTarget(string target) => $"{target} is not a helpdesk agent (Escalation:Agents), so the case stays as it is.";

    public static string Transferred(string agent) => $"Transferred to {agent}: what they write in this thread goes to the user.";

    public static string TransferredForUser(string agent) => $"Your case is now with {agent}, who will answer you here.";

    public static string UserWentBack(string user) => $"{user} went back to the bot; the case is closed.";

    public static string TicketOpening(string systems) =>
        $"Opening a ticket in {systems}; the user gets its number, and `cases` lists it.";
}
