using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Helpdesk;

/// <summary>
/// The agents of <c>Escalation:Agents</c>: user ids, and names of groups in <c>Checks:Groups</c>. Who a turn's user is
/// follows the host checks' rules (<see cref="CheckIdentities"/>): the id the channel verified, or a client-chosen id
/// only on a channel trusted for it.
/// </summary>
internal sealed class HelpdeskAgents(IOptions<HelpdeskOptions> helpdesk, IOptions<HostCheckOptions> checks, CheckIdentities identities) : IHelpdeskAgents
{
    public bool IsAgent(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var agents = helpdesk.Value.Agents;
        return agents.Contains(userId, StringComparer.Ordinal)
            || checks.Value.Groups.Any(group => group.Value.Contains(userId, StringComparer.Ordinal) && agents.Contains(group.Key, StringComparer.OrdinalIgnoreCase));
    }

    public HelpdeskAgent? Agent(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return identities.For(new CheckRequester(turn.ChannelId, turn.UserId, turn.VerifiedUserId)) is { } user && IsAgent(user.Id)
            ? new HelpdeskAgent(user.Id, string.IsNullOrWhiteSpace(turn.UserName) ? user.Id : turn.UserName)
            : null;
    }
}
