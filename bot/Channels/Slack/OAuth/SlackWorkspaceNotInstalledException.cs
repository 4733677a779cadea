namespace RdpHelpBot.Bot.Channels.Slack.OAuth;

/// <summary>A request came from a workspace the bot has no token for: not installed, and no single-workspace token.</summary>
internal sealed class SlackWorkspaceNotInstalledException(string teamId)
    : Exception($"No bot token for Slack workspace {teamId}: install the app there (/slack/install) or set SLACK_BOT_TOKEN.")
{
    public string TeamId { get; } = teamId;
}
