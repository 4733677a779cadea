namespace RdpHelpBot.Bot.Channels.Slack.OAuth;

/// <summary>Keeps installations by team id; sees only encrypted tokens.</summary>
internal interface ISlackInstallationRepository
{
    Task SaveAsync(StoredSlackInstallation installation, CancellationToken cancellationToken);

    Task<StoredSlackInstallation?> FindAsync(string teamId, CancellationToken cancellationToken);
}
