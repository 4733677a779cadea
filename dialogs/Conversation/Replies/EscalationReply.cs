using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>Shows the user what is passed on to the helpdesk and says plainly what happens next.</summary>
internal static class EscalationReply
{
    public static Reply For(HandOver handOver)
    {
        var next = handOver.TicketSystems is { } systems
            ? $"I'm opening a ticket in {systems} with this and will send you its number here"
            : "The helpdesk now has your case with all of this";
        return new Reply(
            $"{CasePacketText.ForUser(handOver.Packet)}\n{next}; you won't have to repeat it. Your case reference is {handOver.Request.CaseId}.");
    }
}
