namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// The buttons of a helpdesk card, as the <see cref="Replies.Choice.Value"/> a click arrives with: a click is a turn in
/// the conversation of the case's thread, so the case is the thread's.
/// </summary>
public static class HelpdeskActions
{
    public const string Claim = "helpdesk.claim";
    public const string OpenTicket = "helpdesk.ticket";

    public static bool IsAction(string? choiceValue) => choiceValue is Claim or OpenTicket;
}
