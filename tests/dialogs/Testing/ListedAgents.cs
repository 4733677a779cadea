using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Dialogs.Tests.Testing;

/// <summary>Helpdesk agents named by their verified ids, as <c>Escalation:Agents</c> lists them.</summary>
internal sealed class ListedAgents(params string[] ids) : IHelpdeskAgents
{
    public bool IsAgent(string userId) => ids.Contains(userId, StringComparer.Ordinal);

    public HelpdeskAgent? Agent(TurnContext turn) =>
        turn.VerifiedUserId is { } id && IsAgent(id) ? new HelpdeskAgent(id, turn.UserName ?? id) : null;
}
