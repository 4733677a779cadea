using System.Collections.Concurrent;
using RdpHelpBot.Bot.Channels.Slack.WebApi;

namespace RdpHelpBot.Bot.Channels.Slack.OAuth;

/// <summary>
/// Which token and bot user serve a team: its OAuth installation when there is one, else the single
/// workspace's <c>SLACK_BOT_TOKEN</c> (whose bot user <c>auth.test</c> names, asked once).
/// </summary>
internal sealed class SlackWorkspaces(SlackOptions options, SlackInstallations installations, SlackWebApiClient api, SlackLog log)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _botUsers = new(StringComparer.Ordinal);
    private Lazy<Task<string?>>? _singleTeam;

    public async Task<string> GetBotTokenAsync(string teamId, CancellationToken cancellationToken)
    {
        if (await installations.FindAsync(teamId, cancellationToken) is { } installed)
            return installed.BotToken;
        return string.IsNullOrWhiteSpace(options.BotToken) ? throw new SlackWorkspaceNotInstalledException(teamId) : options.BotToken;
    }

    /// <summary>The bot's own user id in the team, or null when Slack could not say (then bot_id alone guards).</summary>
    public async Task<string?> GetBotUserIdAsync(string teamId, string token, CancellationToken cancellationToken)
    {
        if (await installations.FindAsync(teamId, cancellationToken) is { } installed)
            return installed.Installation.BotUserId;
        var lookup = _botUsers.GetOrAdd(teamId, _ => new Lazy<Task<string?>>(() => AskSlackAsync(token)));
        var botUser = await lookup.Value.WaitAsync(cancellationToken);
        if (botUser is null)
            _botUsers.TryRemove(teamId, out _);
        return botUser;
    }

    /// <summary>The workspace <c>SLACK_BOT_TOKEN</c> belongs to, as <c>auth.test</c> names it (asked once); null when there is no such token or Slack could not say.</summary>
    public async Task<string?> GetSingleWorkspaceTeamIdAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.BotToken))
            return null;
        var lookup = LazyInitializer.EnsureInitialized(ref _singleTeam, () => new(() => AskSlackAsync(options.BotToken, answer => answer.TeamId)));
        var team = await lookup.Value.WaitAsync(cancellationToken);
        if (team is null)
            Interlocked.CompareExchange(ref _singleTeam, null, lookup);
        return team;
    }

    private async Task<string?> AskSlackAsync(string token, Func<AuthTestResponse, string?>? read = null)
    {
        try
        {
            var answer = await api.AuthTestAsync(token, CancellationToken.None);
            return read is null ? answer.UserId : read(answer);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            log.BotIdentityUnknown(e.Message);
            return null;
        }
    }
}
