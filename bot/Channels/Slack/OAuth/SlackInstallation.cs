namespace RdpHelpBot.Bot.Channels.Slack.OAuth;

/// <summary>One workspace that installed the app through OAuth: who the bot is there and what it may do.</summary>
internal sealed record SlackInstallation(
    string TeamId,
    string? TeamName,
    string? EnterpriseId,
    string? AppId,
    string BotUserId,
    string? BotId,
    string? Scopes,
    DateTimeOffset InstalledAt);

/// <summary>An installation as stored: the bot token only ever encrypted (ASP.NET Data Protection).</summary>
internal sealed record StoredSlackInstallation(SlackInstallation Installation, string ProtectedBotToken);

/// <summary>An installation with its bot token decrypted, for this process's use only.</summary>
internal sealed record InstalledWorkspace(SlackInstallation Installation, string BotToken);
