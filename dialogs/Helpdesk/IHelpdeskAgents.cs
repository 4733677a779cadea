using RdpHelpBot.Dialogs.Engine;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>Who may act on helpdesk cases (<c>Escalation:Agents</c>): verified ids and groups, as for host checks.</summary>
public interface IHelpdeskAgents
{
    /// <summary>Whether the user with this id (as the channel verified it) is an agent.</summary>
    bool IsAgent(string userId);

    /// <summary>The turn's user as an agent; null when they are not one, or the channel did not vouch for who they are.</summary>
    HelpdeskAgent? Agent(TurnContext turn);
}
