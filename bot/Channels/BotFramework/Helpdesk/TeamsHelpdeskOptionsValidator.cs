using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.BotFramework.Teams;

namespace RdpHelpBot.Bot.Channels.BotFramework.Helpdesk;

/// <summary>Checks at start-up that <c>Escalation:Teams</c> names a team (and channel) the bot can find.</summary>
internal sealed class TeamsHelpdeskOptionsValidator(IOptions<BotFrameworkOptions> botFramework) : IValidateOptions<TeamsHelpdeskOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsHelpdeskOptions options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> Failures(TeamsHelpdeskOptions options)
    {
        if (!options.IsConfigured)
        {
            if (!string.IsNullOrWhiteSpace(options.Channel))
                yield return $"{TeamsHelpdeskOptions.SectionName}:Channel is set but {TeamsHelpdeskOptions.SectionName}:Team is not: name the team (its name or id) the channel is in.";
            yield break;
        }
        if (!botFramework.Value.Enabled)
            yield return $"{TeamsHelpdeskOptions.SectionName}:Team is set but the Bot Framework channel is off (BotFramework:Enabled=false): Teams cannot be reached.";
        if (IdProblem("Team", options.Team!) is { } team)
            yield return team;
        if (options.Channel is { } channel && (string.IsNullOrWhiteSpace(channel) ? $"{TeamsHelpdeskOptions.SectionName}:Channel is blank: leave it out for the General channel." : IdProblem("Channel", channel)) is { } problem)
            yield return problem;
    }

    /// <summary>A value written as a Teams id (<c>19:</c>…) must be a whole team or channel id, not a reply chain's or a chat's.</summary>
    private static string? IdProblem(string setting, string value) =>
        TeamsIds.LooksLikeId(value) && !TeamsIds.IsChannelId(value)
            ? $"{TeamsHelpdeskOptions.SectionName}:{setting} '{value}' is not a Teams {setting.ToLowerInvariant()} id (19:…@thread.tacv2, without ;messageid=)."
            : null;
}
