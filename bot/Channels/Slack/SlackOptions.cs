using System.ComponentModel.DataAnnotations;

namespace RdpHelpBot.Bot.Channels.Slack;

/// <summary>
/// The Slack channel's settings, validated at start-up. The credentials use Bolt's names (<c>SLACK_BOT_TOKEN</c>,
/// <c>SLACK_SIGNING_SECRET</c>, <c>SLACK_APP_TOKEN</c>, <c>SLACK_CLIENT_ID</c>, <c>SLACK_CLIENT_SECRET</c>);
/// the rest lives in the <c>Slack</c> section.
/// </summary>
internal sealed class SlackOptions : IValidatableObject
{
    public const string SectionName = "Slack";

    public const string DefaultScopes = "app_mentions:read,channels:history,chat:write,commands,groups:history,im:history,im:read,im:write,users:read";

    /// <summary>The single workspace's bot token (<c>xoxb-…</c>); workspaces installed with OAuth have their own.</summary>
    public string? BotToken { get; set; }

    /// <summary>Verifies HTTP requests from Slack; without it the Slack HTTP routes are off.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>App-level token (<c>xapp-…</c>, <c>connections:write</c>) that turns Socket Mode on.</summary>
    public string? AppToken { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    [Required(ErrorMessage = "Slack:ApiBaseUrl must be an absolute http or https URL.")]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    [Required(ErrorMessage = "Slack:AuthorizeUrl must be an absolute http or https URL.")]
    public Uri AuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>Where Slack sends the installer back; by default <c>/slack/oauth_redirect</c> on the host that was asked.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Bot scopes asked for at install, comma-separated.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Slack:Scopes must list at least one scope.")]
    public string Scopes { get; set; } = DefaultScopes;

    /// <summary>Slack allows about one message a second in a channel; default 1 second, at most 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Slack:MessageInterval must be between 00:00:00 and 00:01:00.")]
    public TimeSpan MessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First wait before reconnecting a dropped Socket Mode connection; doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "Slack:ReconnectDelay must be between 00:00:00.010 and 00:10:00.")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between reconnections; default 30 seconds, at least <see cref="ReconnectDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Slack:MaxReconnectDelay must be between 00:00:00.010 and 01:00:00.")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A Socket Mode connection that hears nothing (not even Slack's pings) this long is replaced; default 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Slack:SocketIdleTimeout must be between 00:00:00.100 and 01:00:00.")]
    public TimeSpan SocketIdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a rate-limited call is tried in all before its error is surfaced; default 3.</summary>
    [Range(1, 10, ErrorMessage = "Slack:MaxRateLimitedAttempts must be between 1 and 10.")]
    public int MaxRateLimitedAttempts { get; set; } = 3;

    public bool HttpEnabled => !string.IsNullOrWhiteSpace(SigningSecret);

    public bool SocketModeEnabled => !string.IsNullOrWhiteSpace(AppToken);

    public bool OAuthEnabled => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    public bool Enabled => HttpEnabled || SocketModeEnabled;

    /// <summary>
    /// Only the credentials, which decide what the channel registers; being strings they cannot fail to bind, so
    /// reading them before the host is built leaves every other setting to start-up validation.
    /// </summary>
    public static SlackOptions ReadCredentials(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var options = new SlackOptions
        {
            BotToken = section[nameof(BotToken)],
            SigningSecret = section[nameof(SigningSecret)],
            AppToken = section[nameof(AppToken)],
            ClientId = section[nameof(ClientId)],
            ClientSecret = section[nameof(ClientSecret)],
        };
        ApplyBoltNames(options, configuration);
        return options;
    }

    /// <summary>Bolt's environment names win over the <c>Slack</c> section's.</summary>
    public static void ApplyBoltNames(SlackOptions options, IConfiguration configuration)
    {
        options.BotToken = configuration["SLACK_BOT_TOKEN"] ?? options.BotToken;
        options.SigningSecret = configuration["SLACK_SIGNING_SECRET"] ?? options.SigningSecret;
        options.AppToken = configuration["SLACK_APP_TOKEN"] ?? options.AppToken;
        options.ClientId = configuration["SLACK_CLIENT_ID"] ?? options.ClientId;
        options.ClientSecret = configuration["SLACK_CLIENT_SECRET"] ?? options.ClientSecret;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, url) in new[] { (nameof(ApiBaseUrl), ApiBaseUrl), (nameof(AuthorizeUrl), AuthorizeUrl), (nameof(RedirectUri), RedirectUri) })
        {
            if (url is not null && !(url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
                yield return new($"Slack:{name} must be an absolute http or https URL.", [name]);
        }
        if (MaxReconnectDelay < ReconnectDelay)
            yield return new("Slack:MaxReconnectDelay must be at least Slack:ReconnectDelay.", [nameof(MaxReconnectDelay)]);
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
