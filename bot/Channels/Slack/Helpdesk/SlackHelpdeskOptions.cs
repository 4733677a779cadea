using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace RdpHelpBot.Bot.Channels.Slack.Helpdesk;

/// <summary>
/// The Slack channel handed-over cases are posted to (section <c>Escalation:Slack</c>): <see cref="Channel"/> is its
/// id, <c>C…</c> or <c>G…</c>, or <c>TEAM:CHANNEL</c>; the workspace comes from there, from <see cref="Team"/>, or
/// from <c>SLACK_BOT_TOKEN</c> when one workspace is served. Not set: no Slack helpdesk channel.
/// </summary>
internal sealed partial class SlackHelpdeskOptions
{
    public const string SectionName = "Escalation:Slack";

    /// <summary>The helpdesk channel's id (<c>C0123ABCD</c>), or the workspace and channel (<c>T0123ABCD:C0123ABCD</c>).</summary>
    public string? Channel { get; set; }

    /// <summary>The helpdesk channel's workspace id (<c>T…</c>), when <see cref="Channel"/> does not name it.</summary>
    public string? Team { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Channel);

    /// <summary>The channel id alone.</summary>
    public string ChannelId => Channel?.Split(':')[^1].Trim() ?? "";

    /// <summary>The workspace, as configured; null when it is to be learnt from the single workspace's token.</summary>
    public string? TeamId => Channel?.Split(':') is [var team, _] ? team.Trim() : string.IsNullOrWhiteSpace(Team) ? null : Team.Trim();

    /// <summary>
    /// Checked against the Slack channel's own settings too: a helpdesk channel needs Slack on (to hear the agents)
    /// and a workspace it can name.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(SlackOptions slack)
    {
        if (!Enabled)
        {
            if (!string.IsNullOrWhiteSpace(Team))
                yield return new($"{SectionName}:Team is set without {SectionName}:Channel: set the helpdesk channel's id too, or remove it.", [nameof(Team)]);
            yield break;
        }
        var parts = Channel!.Split(':');
        if (parts.Length > 2 || !ChannelIdPattern().IsMatch(ChannelId) || (parts.Length == 2 && !TeamIdPattern().IsMatch(parts[0].Trim())))
        {
            yield return new($"{SectionName}:Channel '{Channel}' is not a Slack channel id (C… or G…) or TEAM:CHANNEL (e.g. T0123ABCD:C0123ABCD); copy it from the channel's details in Slack.", [nameof(Channel)]);
            yield break;
        }
        if (parts.Length == 2 && !string.IsNullOrWhiteSpace(Team) && !string.Equals(parts[0].Trim(), Team.Trim(), StringComparison.Ordinal))
            yield return new($"{SectionName}:Team '{Team}' differs from the workspace in {SectionName}:Channel '{Channel}': name it once.", [nameof(Team)]);
        else if (!string.IsNullOrWhiteSpace(Team) && !TeamIdPattern().IsMatch(Team.Trim()))
            yield return new($"{SectionName}:Team '{Team}' is not a Slack workspace id (T…, e.g. T0123ABCD).", [nameof(Team)]);
        else if (!slack.Enabled)
            yield return new($"{SectionName}:Channel is set but Slack is off, so agents' replies could not reach the bot: set SLACK_SIGNING_SECRET or SLACK_APP_TOKEN, or remove {SectionName}:Channel.", [nameof(Channel)]);
        else if (TeamId is null && string.IsNullOrWhiteSpace(slack.BotToken))
            yield return new($"{SectionName}:Channel names no workspace and there is no SLACK_BOT_TOKEN to learn it from: write it as TEAM:CHANNEL or set {SectionName}:Team.", [nameof(Channel)]);
    }

    /// <summary>For the Slack start-up line.</summary>
    public string Describe() => Enabled
        ? $"helpdesk channel {(TeamId is { } team ? $"{team}:{ChannelId}" : $"{ChannelId} (in SLACK_BOT_TOKEN's workspace)")}"
        : "no helpdesk channel (Escalation:Slack:Channel)";

    [GeneratedRegex("^[CG][A-Z0-9]+$")]
    private static partial Regex ChannelIdPattern();

    [GeneratedRegex("^[TE][A-Z0-9]+$")]
    private static partial Regex TeamIdPattern();
}
