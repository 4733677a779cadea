namespace RdpHelpBot.Bot.Channels.BotFramework;

/// <summary>
/// Configuration section <c>BotFramework</c>: the Azure Bot's identity, with the Bot Framework SDK's setting
/// names. Without <see cref="MicrosoftAppId"/> the channel runs in local mode: no tokens, loopback callers only.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Whether <c>/api/messages</c> is served at all.</summary>
    public bool Enabled { get; set; } = true;

    public string? MicrosoftAppId { get; set; }

    /// <summary>MultiTenant, SingleTenant (the default for new Azure Bots) or UserAssignedMSI.</summary>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>The OpenID metadata of tokens issued by the Bot Connector (<c>iss: https://api.botframework.com</c>).</summary>
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The OpenID metadata of channel tokens issued by Microsoft Entra ID.</summary>
    public Uri EntraOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>Where the bot asks for its own tokens; the tenant (or botframework.com) is appended.</summary>
    public Uri LoginUrl { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>
    /// Hosts the bot may send to besides the public clouds' Bot Connector hosts (see
    /// <see cref="Connector.TrustedServiceUrls.DefaultHosts"/>). A serviceUrl on any other host gets nothing.
    /// </summary>
    public List<string> TrustedServiceUrlHosts { get; set; } = [];

    /// <summary>Retries of a Connector call answered 429, 412, 502 or 504, or that could not connect (never one that may have arrived).</summary>
    public int ConnectorRetries { get; set; } = 3;

    /// <summary>The first retry's delay; it doubles, with jitter, unless the answer says Retry-After.</summary>
    public TimeSpan ConnectorRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string Describe() => !Enabled ? "off"
        : IsLocalMode ? "on, local mode (no MicrosoftAppId: no authentication, loopback callers only)"
        : $"on, {MicrosoftAppType} app {MicrosoftAppId}";
}

public enum MicrosoftAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
