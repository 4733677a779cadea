using Microsoft.AspNetCore.DataProtection;

namespace RdpHelpBot.Bot.Channels.Slack.OAuth;

/// <summary>Workspaces' installations with their bot tokens encrypted at rest by ASP.NET Data Protection.</summary>
internal sealed class SlackInstallations(ISlackInstallationRepository repository, IDataProtectionProvider protection)
{
    public const string TokenPurpose = "RdpHelpBot.Slack.BotToken.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(TokenPurpose);

    public Task SaveAsync(SlackInstallation installation, string botToken, CancellationToken cancellationToken) =>
        repository.SaveAsync(new StoredSlackInstallation(installation, _protector.Protect(botToken)), cancellationToken);

    public async Task<InstalledWorkspace?> FindAsync(string teamId, CancellationToken cancellationToken) =>
        await repository.FindAsync(teamId, cancellationToken) is { } stored
            ? new InstalledWorkspace(stored.Installation, _protector.Unprotect(stored.ProtectedBotToken))
            : null;
}
