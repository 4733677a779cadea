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

    private async Task<string?> AskSlackAsync(string token)
    {
        try
        {
            return (await api.AuthTestAsync(token, CancellationToken.None)).UserId;
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            log.BotIdentityUnknown(e.Message);
            return null;
        }
    }
}
