namespace RdpHelpBot.Bot.Channels.Slack;

/// <summary>
/// The Slack channel's settings. The credentials use Bolt's names (<c>SLACK_BOT_TOKEN</c>,
/// <c>SLACK_SIGNING_SECRET</c>, <c>SLACK_APP_TOKEN</c>, <c>SLACK_CLIENT_ID</c>, <c>SLACK_CLIENT_SECRET</c>);
/// the rest lives in the <c>Slack</c> section.
/// </summary>
internal sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public const string DefaultScopes = "app_mentions:read,chat:write,commands,im:history,im:read,im:write,users:read";

    /// <summary>The single workspace's bot token (<c>xoxb-…</c>); workspaces installed with OAuth have their own.</summary>
    public string? BotToken { get; set; }

    /// <summary>Verifies HTTP requests from Slack; without it the Slack HTTP routes are off.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>App-level token (<c>xapp-…</c>, <c>connections:write</c>) that turns Socket Mode on.</summary>
    public string? AppToken { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    public Uri AuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>Where Slack sends the installer back; by default <c>/slack/oauth_redirect</c> on the host that was asked.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Bot scopes asked for at install, comma-separated.</summary>
    public string Scopes { get; set; } = DefaultScopes;

    /// <summary>Slack allows about one message a second in a channel.</summary>
    public TimeSpan MessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long event ids and message timestamps are remembered to drop Slack's redeliveries.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>First wait before reconnecting a dropped Socket Mode connection; doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A Socket Mode connection that hears nothing (not even Slack's pings) this long is replaced.</summary>
    public TimeSpan SocketIdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a rate-limited call is tried in all before its error is surfaced.</summary>
    public int MaxRateLimitedAttempts { get; set; } = 3;

    public bool HttpEnabled => !string.IsNullOrWhiteSpace(SigningSecret);

    public bool SocketModeEnabled => !string.IsNullOrWhiteSpace(AppToken);

    public bool OAuthEnabled => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    public bool Enabled => HttpEnabled || SocketModeEnabled;

    public static SlackOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<SlackOptions>() ?? new();
        options.BotToken = configuration["SLACK_BOT_TOKEN"] ?? options.BotToken;
        options.SigningSecret = configuration["SLACK_SIGNING_SECRET"] ?? options.SigningSecret;
        options.AppToken = configuration["SLACK_APP_TOKEN"] ?? options.AppToken;
        options.ClientId = configuration["SLACK_CLIENT_ID"] ?? options.ClientId;
        options.ClientSecret = configuration["SLACK_CLIENT_SECRET"] ?? options.ClientSecret;
        return options;
    }

    /// <summary>One line for the start-up log; names what is on, never a credential.</summary>
    public string Describe()
    {
        if (!Enabled)
            return "off (set SLACK_SIGNING_SECRET for HTTP or SLACK_APP_TOKEN for Socket Mode)";
        var modes = new List<string>();
        if (HttpEnabled)
            modes.Add("HTTP (/slack/events, /slack/commands, /slack/interactivity)");
        if (SocketModeEnabled)
            modes.Add("Socket Mode");
        if (OAuthEnabled)
            modes.Add("OAuth install (/slack/install)");
        var workspace = string.IsNullOrWhiteSpace(BotToken) ? "" : ", single workspace from SLACK_BOT_TOKEN";
        var warning = string.IsNullOrWhiteSpace(BotToken) && !OAuthEnabled
            ? "; no SLACK_BOT_TOKEN and no OAuth install, so the bot cannot answer"
            : "";
        return $"on: {string.Join(", ", modes)}{workspace}{warning}";
    }
}
