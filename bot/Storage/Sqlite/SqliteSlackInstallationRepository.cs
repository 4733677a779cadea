using RdpHelpBot.Bot.Channels.Slack;
using RdpHelpBot.Bot.Channels.Slack.OAuth;

namespace RdpHelpBot.Bot.Storage.Sqlite;

internal sealed class SqliteSlackInstallationRepository(SqliteDatabase database) : ISlackInstallationRepository
{
    private readonly SqliteJsonTable<StoredSlackInstallation> _table =
        new(database, "slack_installation", SlackJsonContext.Default.StoredSlackInstallation);

    public Task SaveAsync(StoredSlackInstallation installation, CancellationToken cancellationToken) =>
        _table.UpsertAsync(installation.Installation.TeamId, installation.Installation.InstalledAt, installation, cancellationToken);

    public Task<StoredSlackInstallation?> FindAsync(string teamId, CancellationToken cancellationToken) =>
        _table.GetAsync(teamId, cancellationToken);
}
