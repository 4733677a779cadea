using System.Collections.Concurrent;
using RdpHelpBot.Bot.Channels.Slack.OAuth;

namespace RdpHelpBot.Bot.Storage.InMemory;

/// <summary>Installations for the in-memory storage provider: lost on restart like everything else there.</summary>
internal sealed class InMemorySlackInstallationRepository : ISlackInstallationRepository
{
    private readonly ConcurrentDictionary<string, StoredSlackInstallation> _installations = new(StringComparer.Ordinal);

    public Task SaveAsync(StoredSlackInstallation installation, CancellationToken cancellationToken)
    {
        _installations[installation.Installation.TeamId] = installation;
        return Task.CompletedTask;
    }

    public Task<StoredSlackInstallation?> FindAsync(string teamId, CancellationToken cancellationToken) =>
        Task.FromResult(_installations.GetValueOrDefault(teamId));
}
