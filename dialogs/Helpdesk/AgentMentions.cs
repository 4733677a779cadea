using System.Text.RegularExpressions;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// The agent a <c>transfer</c> names: an id as in <c>Escalation:Agents</c> (<c>T0123:U0456</c>, an AAD object id), a
/// Slack mention (<c>&lt;@U0456&gt;</c>, in the transferring agent's workspace), or the name an agent acted under before
/// (a Teams mention arrives as the name).
/// </summary>
internal sealed partial class AgentMentions(HelpdeskServices services)
{
    private static readonly TimeSpan NamesKept = TimeSpan.FromDays(90);
    private DateTimeOffset _since;

    /// <param name="mentioned">The people the message mentions with the ids the channel verified (Teams).</param>
    public async Task<HelpdeskAgent?> FindAsync(
        HelpdeskAgent requester, string mention, IReadOnlyList<MentionedUser> mentioned, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _since = now - NamesKept;
        var said = mention.Trim();
        if (SlackMention().Match(said) is { Success: true } slack)
        {
            var colon = requester.Id.LastIndexOf(':');
            var id = colon > 0 ? $"{requester.Id[..colon]}:{slack.Groups["user"].Value}" : slack.Groups["user"].Value;
            var name = slack.Groups["name"].Success ? slack.Groups["name"].Value : null;
            return services.Agents.IsAgent(id) ? new HelpdeskAgent(id, name ?? await KnownNameAsync(id, cancellationToken) ?? id) : null;
        }
        var bare = TeamsMention().Replace(said, "${name}").TrimStart('@').Trim();
        if (mentioned.FirstOrDefault(who => string.Equals(who.Name, bare, StringComparison.OrdinalIgnoreCase)) is { } verified)
            return services.Agents.IsAgent(verified.Id) ? new HelpdeskAgent(verified.Id, verified.Name) : null;
        if (services.Agents.IsAgent(bare))
            return new HelpdeskAgent(bare, await KnownNameAsync(bare, cancellationToken) ?? bare);
        return await ByNameAsync(bare, cancellationToken);
    }

    private async Task<string?> KnownNameAsync(string id, CancellationToken cancellationToken) =>
        (await ActedAsync(cancellationToken)).LastOrDefault(entry => entry.ActorId == id && entry.ActorName is not null)?.ActorName;

    private async Task<HelpdeskAgent?> ByNameAsync(string name, CancellationToken cancellationToken)
    {
        var entry = (await ActedAsync(cancellationToken))
            .LastOrDefault(entry => string.Equals(entry.ActorName, name, StringComparison.OrdinalIgnoreCase) && services.Agents.IsAgent(entry.ActorId));
        return entry is null ? null : new HelpdeskAgent(entry.ActorId, entry.ActorName!);
    }

    private async Task<IReadOnlyList<HelpdeskAuditEntry>> ActedAsync(CancellationToken cancellationToken) =>
        services.Audit is { } audit
            ? await audit.ListAsync(_since, cancellationToken)
            : [];

    [GeneratedRegex(@"^<@(?<user>[A-Z0-9]+)(\|(?<name>[^>]+))?>$")]
    private static partial Regex SlackMention();

    [GeneratedRegex(@"<at>(?<name>[^<]+)</at>")]
    private static partial Regex TeamsMention();
}
