using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>Shows the user what is passed on to the helpdesk and says plainly what happens next.</summary>
internal static class EscalationReply
{
    public static Reply For(HandOver handOver)
    {
        var next = handOver switch
        {
            { HelpdeskChannels.Count: > 0 } =>
                $"I've posted this to {Wording.JoinAnd(handOver.HelpdeskChannels)}; a person from the helpdesk will pick it up and answer you right here, " +
                "and anything you write here meanwhile is added to the case",
            { ToAgentHub: true } =>
                "I've passed this to the helpdesk; a person will pick it up and answer you right here, " +
                "and anything you write here meanwhile is added to the case",
            { TicketSystems: { } systems } => $"I'm opening a ticket in {systems} with this and will send you its number here",
            _ => "The helpdesk now has your case with all of this",
        };
        return new Reply(
            $"{CasePacketText.ForUser(handOver.Packet)}\n{next}; you won't have to repeat it. Your case reference is {handOver.CaseId}.");
    }
}
