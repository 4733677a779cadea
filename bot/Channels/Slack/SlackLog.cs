using RdpHelpBot.Bot.Channels.Slack.Verification;

namespace RdpHelpBot.Bot.Channels.Slack;

/// <summary>The Slack channel's log lines. They name teams, channels and Slack's error codes; never a token or what anyone wrote.</summary>
internal sealed partial class SlackLog(ILogger<SlackLog> logger)
{
    private readonly ILogger _logger = logger;

    [LoggerMessage(2, LogLevel.Warning, "Refused a request to {Path}: {Check}")]
    public partial void RequestRefused(string? path, SignatureCheck check);

    [LoggerMessage(3, LogLevel.Debug, "Dropped a {Kind} already received for {Conversation}")]
    public partial void DuplicateDropped(string kind, string conversation);

    [LoggerMessage(4, LogLevel.Error, "Slack's {Method} failed with {Error} for {Conversation}")]
    public partial void ApiCallFailed(string method, string error, string conversation);

    [LoggerMessage(6, LogLevel.Warning, "Slack rate-limited {Method}; waiting {Wait} before trying again")]
    public partial void RateLimited(string method, TimeSpan wait);

    [LoggerMessage(7, LogLevel.Warning, "Could not learn the bot's user id from auth.test: {Reason}")]
    public partial void BotIdentityUnknown(string reason);

    [LoggerMessage(8, LogLevel.Information, "Slack workspace {TeamId} installed the app")]
    public partial void Installed(string teamId);

    [LoggerMessage(9, LogLevel.Warning, "Refused an OAuth redirect whose state did not match this browser's install")]
    public partial void InstallStateRejected();

    [LoggerMessage(10, LogLevel.Information, "Socket Mode connected ({Connections} connection(s) open for the app)")]
    public partial void SocketConnected(int connections);

    [LoggerMessage(11, LogLevel.Information, "Socket Mode: Slack asked to reconnect ({Reason})")]
    public partial void SocketDisconnectRequested(string reason);

    [LoggerMessage(12, LogLevel.Warning, "Socket Mode connection lost ({Reason}); reconnecting in {Delay}")]
    public partial void SocketLost(string reason, TimeSpan delay);

    [LoggerMessage(13, LogLevel.Error, "Socket Mode stopped: Slack refused the app-level token ({Error}); check SLACK_APP_TOKEN")]
    public partial void SocketStopped(string error);

    [LoggerMessage(14, LogLevel.Warning, "Socket Mode: could not read a message ({Reason})")]
    public partial void SocketMessageUnreadable(string reason);

    [LoggerMessage(16, LogLevel.Warning, "Kept a Slack {Kind} for {Conversation} without running it now: too much work waits; it runs at the next start")]
    public partial void QueueFull(string kind, string conversation);

    [LoggerMessage(15, LogLevel.Warning, "Could not read a Slack payload on {Path}: {Reason}")]
    public partial void PayloadUnreadable(string? path, string reason);

    [LoggerMessage(17, LogLevel.Warning, "Could not learn a person's name in Slack workspace {TeamId} from users.info ({Reason}); the turn goes on without it")]
    public partial void UserNameUnknown(string teamId, string reason);
}
