using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Checks;

/// <summary>
/// Who a check requester is for the policy: the id the channel verified (Teams: the AAD object id; Slack:
/// <c>team:user</c>; the terminal: its operator), with the configured groups that list it. A client-chosen id
/// (web chat, Direct Line) counts only on a channel named in <see cref="HostCheckOptions.TrustClientUserIdsOn"/>.
/// </summary>
internal sealed class CheckIdentities(IOptions<HostCheckOptions> options)
{
    /// <summary>The user, or null when the channel did not verify who it is.</summary>
    public CheckUser? For(CheckRequester requester)
    {
        var id = requester.VerifiedUserId ?? TrustedClientId(requester);
        if (id is null)
            return null;
        var groups = options.Value.Groups.Where(group => group.Value.Contains(id, StringComparer.Ordinal)).Select(group => group.Key);
        return new CheckUser(id, [.. groups]);
    }

    /// <summary>How an unverified requester is named in the audit.</summary>
    public static string Unverified(CheckRequester requester) => $"unverified:{requester.ChannelId}:{requester.UserId}";

    private string? TrustedClientId(CheckRequester requester) =>
        options.Value.TrustClientUserIdsOn.Contains(requester.ChannelId, StringComparer.OrdinalIgnoreCase)
            ? $"{requester.ChannelId}:{requester.UserId}"
            : null;
}
